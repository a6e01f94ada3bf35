import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  asStepUp,
  decodeExplorerState,
  describeDifferences,
  encodeExplorerState,
  groupDeltas,
  skillDeltas,
} from '../../src/lib/ladder/compare.ts';
import { SKILL_IDS } from '../../src/lib/ladder/dimensions.ts';
import { roles } from './support/data.ts';

const all = roles();
const role = (id: string) => all.find((r) => r.id === id)!;
const flat = (n: number) => Object.fromEntries(SKILL_IDS.map((id) => [id, n])) as Record<(typeof SKILL_IDS)[number], number>;

test('skill deltas cover every dimension, biggest first, with the higher role’s note', () => {
  const a = { id: 'a', name: 'A', skills: flat(2) };
  const b = { id: 'b', name: 'B', skills: { ...flat(2), finance: 4, technical: 1 }, skillNotes: { finance: 'budgets and vendor contracts' } };
  const d = skillDeltas(a, b);
  assert.equal(d.length, SKILL_IDS.length);
  assert.deepEqual(d.slice(0, 2).map((x) => [x.id, x.delta]), [['finance', 2], ['technical', -1]]);
  assert.deepEqual(describeDifferences(a, b), ['+2 budgeting and finance: budgets and vendor contracts', '-1 technical literacy']);
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
  const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const bits = ['role', 'compare', '=', '&', '%', '<img>', ...ids, 'x'.repeat(3000), '\u0000', '🙂', '#', '?'];
  for (let i = 0; i < 500; i++) {
    const q = Array.from({ length: Math.floor(rand() * 10) }, () => bits[Math.floor(rand() * bits.length)]).join('');
    const s = decodeExplorerState(q, ids, 'project-manager');
    assert.ok(ids.includes(s.role), q);
    assert.ok(s.compare === null || (ids.includes(s.compare) && s.compare !== s.role), q);
  }
});
