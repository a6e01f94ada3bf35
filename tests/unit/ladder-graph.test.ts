import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkLadder, movesInto, rungs, shortestPath } from '../../src/lib/ladder/graph.ts';
import { roles } from './support/data.ts';

const all = roles();
const ladder = rungs(all);

test('the ladder has five rungs from coordinator to portfolio manager', () => {
  assert.deepEqual(
    ladder.map((r) => r.id),
    ['project-coordinator', 'project-manager', 'senior-project-manager', 'programme-manager', 'portfolio-manager'],
  );
});

test('every rung reaches portfolio manager by moving up', () => {
  for (const r of ladder) {
    const path = shortestPath(all, r.id, 'portfolio-manager');
    assert.ok(path, `${r.id} reaches the top`);
    assert.equal(path.at(-1), 'portfolio-manager');
  }
  assert.deepEqual(
    shortestPath(all, 'project-coordinator', 'portfolio-manager'),
    ladder.map((r) => r.id),
  );
});

test('every entry route reaches the ladder, and the required routes and side doors exist', () => {
  const entries = all.filter((r) => r.kind === 'entry');
  for (const id of ['business-analyst', 'scrum-master', 'operations-analyst', 'technical-support-lead', 'qa-or-developer']) {
    assert.ok(
      entries.some((e) => e.id === id),
      `entry route ${id}`,
    );
  }
  for (const e of entries)
    assert.ok(
      ladder.some((rung) => shortestPath(all, e.id, rung.id)),
      `${e.id} reaches a rung`,
    );
  for (const id of ['product-manager', 'pmo-lead', 'delivery-manager', 'operations-manager']) {
    assert.equal(all.find((r) => r.id === id)?.kind, 'side-door', id);
  }
  assert.equal(all.filter((r) => r.kind === 'specialisation').length >= 4, true);
});

test('the real ladder passes the integrity rules', () => {
  assert.deepEqual(checkLadder(all.map((r) => ({ ...r, file: `${r.id}.yaml` }))), []);
});

test('shortestPath handles unknown ids and cycles', () => {
  const g = [
    { id: 'a', kind: 'rung' as const, rung: 1, moves: [{ to: 'b' }] },
    { id: 'b', kind: 'rung' as const, rung: 2, moves: [{ to: 'a' }] },
  ];
  assert.deepEqual(shortestPath(g, 'a', 'b'), ['a', 'b']);
  assert.equal(shortestPath(g, 'a', 'zz'), null);
  assert.deepEqual(
    movesInto(g, 'a').map((r) => r.id),
    ['b'],
  );
});
