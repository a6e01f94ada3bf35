import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asStepUp, describeDifferences, differencesInWords, groupDeltas, skillDeltas } from '../../src/lib/ladder/compare.ts';
import { decodeExplorerState, encodeExplorerState } from '../../src/lib/ladder/state.ts';
import { SKILL_IDS } from '../../src/lib/ladder/dimensions.ts';
import { layoutLadder, neighbour } from '../../src/lib/ladder/layout.ts';
import { decodeExplorerUrl, encodeExplorerHash, safeDecode } from '../../src/lib/ladder/state.ts';
import { roles } from './support/data.ts';

const all = roles();
const role = (id: string) => all.find((r) => r.id === id)!;
const flat = (n: number) => Object.fromEntries(SKILL_IDS.map((id) => [id, n])) as Record<(typeof SKILL_IDS)[number], number>;

test('skill deltas cover every dimension, biggest first, with the higher role’s note', () => {
  const a = { id: 'a', name: 'A', skills: flat(2) };
  const b = { id: 'b', name: 'B', skills: { ...flat(2), finance: 4, technical: 1 }, skillNotes: { finance: 'budgets and vendor contracts' } };
  const d = skillDeltas(a, b);
  assert.equal(d.length, SKILL_IDS.length);
  assert.deepEqual(
    d.slice(0, 2).map((x) => [x.id, x.delta]),
    [
      ['finance', 2],
      ['technical', -1],
    ],
  );
  assert.deepEqual(describeDifferences(a, b), ['Budgeting and finance +2: budgets and vendor contracts', 'Technical literacy -1']);
  assert.deepEqual(describeDifferences(a, a), ['A asks for the same skill levels as A.']);
  assert.equal(groupDeltas(a, b).find((g) => g.group === 'business-acumen')!.delta, 2);
});

test('stepping up the real ladder never lowers ways of working, power skills or business acumen', () => {
  const ids = ['project-coordinator', 'project-manager', 'senior-project-manager', 'programme-manager', 'portfolio-manager'];
  for (let i = 0; i + 1 < ids.length; i++) {
    for (const g of groupDeltas(role(ids[i]!), role(ids[i + 1]!))) {
      if (g.group !== 'technical-literacy') assert.ok(g.delta >= 0, `${ids[i]} -> ${ids[i + 1]}: ${g.label} ${g.delta}`);
    }
  }
  const [low, high] = asStepUp(role('portfolio-manager'), role('project-manager'));
  assert.deepEqual([low.id, high.id], ['project-manager', 'portfolio-manager']);
});

test('explorer URL state: valid state round-trips, anything else falls back', () => {
  const ids = all.map((r) => r.id);
  const fallback = 'project-manager';
  const s = { role: 'senior-project-manager', compare: 'project-manager' };
  assert.deepEqual(decodeExplorerState(encodeExplorerState(s, fallback), ids, fallback), s);
  assert.equal(encodeExplorerState({ role: fallback, compare: null }, fallback), '');
  assert.deepEqual(decodeExplorerState('?role=<script>&compare=project-manager', ids, fallback), { role: fallback, compare: null });
  assert.deepEqual(decodeExplorerState('?role=pmo-lead&compare=pmo-lead', ids, fallback), { role: 'pmo-lead', compare: null });
  assert.deepEqual(decodeExplorerState('?role=pmo-lead&role=x&compare=__proto__', ids, fallback), { role: 'pmo-lead', compare: null });
  assert.deepEqual(decodeExplorerState(undefined as unknown as string, ids, fallback), { role: fallback, compare: null });
});

test('fuzz: 500 random query strings give a valid explorer state', () => {
  const ids = all.map((r) => r.id);
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const bits = ['role', 'compare', '=', '&', '%', '<img>', ...ids, 'x'.repeat(3000), '\u0000', '🙂', '#', '?'];
  for (let i = 0; i < 500; i++) {
    const q = Array.from({ length: Math.floor(rand() * 10) }, () => bits[Math.floor(rand() * bits.length)]).join('');
    const s = decodeExplorerState(q, ids, 'project-manager');
    assert.ok(ids.includes(s.role), q);
    assert.ok(s.compare === null || (ids.includes(s.compare) && s.compare !== s.role), q);
  }
});

test('every reason in the role data reads as what the role does, so it can stand under a change in the comparison', () => {
  for (const r of all) for (const [id, why] of Object.entries(r.skillNotes ?? {})) assert.match(why!, /^[A-Z][a-z]+s[ ,]/, `${r.id} ${id}: "${why}"`);
});

test('every differing skill is said in words, with the reason from the role that rates it higher', () => {
  const pm = role('project-manager');
  const prog = role('programme-manager');
  const words = differencesInWords(pm, prog);
  const differing = SKILL_IDS.filter((id) => pm.skills[id] !== prog.skills[id]);
  assert.equal(words.length, differing.length);
  for (const w of words) {
    const rises = w.to > w.from;
    assert.match(w.text, rises ? /^[A-Z][^.]+ rises from \d to \d\.$/ : /^[A-Z][^.]+ falls from \d to \d\.$/, w.text);
    assert.equal(w.whyRole, rises ? 'Programme manager' : 'Project manager');
    assert.match(w.why!, /^[A-Z][a-z]+s .+\.$/, 'a reason reads as what the role does');
    assert.doesNotMatch(w.text, /\+\d/);
  }
  assert.deepEqual(differencesInWords(pm, pm), []);
});

test('explorer fragment: "#role-x" and "#compare-a-vs-b" round-trip; malformed escapes and hostile text fall back', () => {
  const ids = all.map((r) => r.id);
  const fallback = 'project-manager';
  for (const s of [
    { role: 'senior-project-manager', compare: 'project-manager' },
    { role: 'pmo-lead', compare: null },
    { role: fallback, compare: null },
    { role: fallback, compare: 'portfolio-manager' },
  ]) {
    assert.deepEqual(decodeExplorerUrl(encodeExplorerHash(s, fallback), '', ids, fallback), s);
  }
  assert.equal(encodeExplorerHash({ role: fallback, compare: null }, fallback), '');
  for (const hash of ['#role-%', '#%', '#%E0%A4%A', '#role-<script>', '#compare-pmo-lead-vs-pmo-lead', '#compare--vs-', '#role-' + 'x'.repeat(5000)]) {
    const s = decodeExplorerUrl(hash, '', ids, fallback);
    assert.ok(ids.includes(s.role) && (s.compare === null || s.compare !== s.role), hash);
  }
  assert.deepEqual(decodeExplorerUrl('#role-%', '', ids, fallback), { role: fallback, compare: null });
  // Old query links still open on the same view.
  assert.deepEqual(decodeExplorerUrl('', '?role=pmo-lead&compare=portfolio-manager', ids, fallback), { role: 'pmo-lead', compare: 'portfolio-manager' });
  assert.equal(safeDecode('%'), null);
});

test('arrow keys follow the map: up the ladder, across to linked roles, nowhere beyond the edge', () => {
  const layout = layoutLadder(all.map((r) => ({ id: r.id, name: r.name, kind: r.kind, rung: r.rung, moves: r.moves })));
  assert.equal(neighbour(layout, 'project-manager', 'up'), 'senior-project-manager');
  assert.equal(neighbour(layout, 'project-manager', 'down'), 'project-coordinator');
  assert.equal(neighbour(layout, 'portfolio-manager', 'up'), null);
  // Below the bottom rung, Down follows an arrow to an entry route that leads in.
  const below = neighbour(layout, 'project-coordinator', 'down');
  assert.ok(
    all.find((r) => r.id === below)!.moves.some((m) => m.to === 'project-coordinator'),
    String(below),
  );
  const right = neighbour(layout, 'project-manager', 'right');
  assert.ok(['delivery-manager', 'product-manager'].includes(right!), String(right));
  const left = neighbour(layout, 'project-coordinator', 'left');
  assert.ok(all.find((r) => r.id === left)!.kind === 'entry', String(left));
  assert.equal(neighbour(layout, 'no-such-role', 'up'), null);
  // Every move in the data has an arrow; pairs with moves both ways share one two-headed arrow.
  const moves = new Set(all.flatMap((r) => r.moves.map((m) => [r.id, m.to].sort().join('|'))));
  assert.equal(layout.edges.length, moves.size);
  for (const e of layout.edges) if (e.both) assert.ok(all.find((r) => r.id === e.to)!.moves.some((m) => m.to === e.from));
});
