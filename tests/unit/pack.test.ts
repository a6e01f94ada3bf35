import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPack, gapLevels, packToMarkdown } from '../../src/lib/pack.ts';
import { emptyAssessment, type Assessment } from '../../src/lib/evidence.ts';
import { emptyRatings, type Goal, type Ratings } from '../../src/lib/ratings.ts';
import { rungs as ladderRungs } from '../../src/lib/ladder/graph.ts';
import { roles } from './support/data.ts';

const RUNGS = ladderRungs(roles()).map((r) => ({ id: r.id, name: r.name, rung: r.rung!, skills: r.skills }));
const levels = (p: Partial<Ratings>): Ratings => ({ ...emptyRatings(), ...p });
const pm = levels({
  planning: 3,
  'delivery-methods': 3,
  risk: 2,
  communication: 3,
  leadership: 2,
  stakeholders: 3,
  finance: 2,
  strategy: 2,
  governance: 2,
  technical: 3,
  data: 3,
});
const goals: Goal[] = [
  { id: 'g1', horizon: 'short', text: 'Run the risk review for the Q1 release.', status: 'in-progress', target: '2027-03-31' },
  { id: 'g2', horizon: 'long', text: 'Pass the PMP', status: 'done', target: '' },
];

test('the pack places the reader, lists each gap with both ratings and the evidence, and the plan with dates written out', () => {
  const a: Assessment = {
    ...emptyAssessment(),
    levels: pm,
    applied: ['risk'],
    evidence: { risk: 'Ran the risk workshop for the payroll upgrade.' },
    manager: { levels: { ...pm, risk: 3, finance: 1 }, applied: [], keptOn: '2026-12-01' },
  };
  const p = buildPack({ assessment: a, goals, name: ' Sam Lee ', rungs: RUNGS, today: '2026-12-07' });
  assert.equal(p.meta, 'For Sam Lee, 7 December 2026');
  assert.equal(p.where, `Closest rung today: ${p.current!.name}. Next rung: ${p.next!.name}.`);
  const risk = p.gaps.find((g) => g.id === 'risk')!;
  assert.deepEqual([risk.mine, risk.applied, risk.manager, risk.evidence], [2, true, 3, 'Ran the risk workshop for the payroll upgrade.']);
  assert.equal(gapLevels(risk, p.target!.name), `You 2 (applied at work). Your manager 3. ${p.target!.name} asks for ${risk.need}.`);
  assert.ok(
    p.gaps.every((g, i) => i === 0 || p.gaps[i - 1]!.need - p.gaps[i - 1]!.mine >= g.need - g.mine),
    'biggest gap first',
  );
  assert.equal(p.differences!.items.length, 2);
  assert.deepEqual(
    p.goals.map((h) => h.lines),
    [['☐ Run the risk review for the Q1 release (in progress, target 31 March 2027).'], [], ['☑ Pass the PMP']],
  );
  const md = packToMarkdown(p);
  assert.match(md, /^# One-to-one pack\n\nFor Sam Lee, 7 December 2026\.\n/);
  assert.match(md, /### Risk and issue management\n\nYou 2 \(applied at work\)\. Your manager 3\./);
  assert.match(md, /Evidence: none written yet\./);
  assert.match(md, /## Agreed actions/);
  assert.doesNotMatch(md, /\d{4}-\d\d-\d\d/, 'no ISO dates for readers');
});

test('the pack without ratings, without a manager, and at the top rung', () => {
  const empty = buildPack({ assessment: emptyAssessment(), goals: [], name: '', rungs: RUNGS, today: '2026-12-07' });
  assert.deepEqual([empty.rated, empty.target, empty.gaps.length, empty.differences, empty.meta], [false, null, 0, null, '7 December 2026']);
  assert.match(empty.where, /cannot place you on the ladder/);
  const top = RUNGS.reduce((a, b) => (b.rung > a.rung ? b : a));
  const atTop = buildPack({ assessment: { ...emptyAssessment(), levels: { ...top.skills } }, goals: [], name: '', rungs: RUNGS, today: '2026-12-07' });
  assert.equal(atTop.next, null);
  assert.match(atTop.where, /the top of the ladder/);
  assert.deepEqual(atTop.gaps, []);
  assert.match(packToMarkdown(atTop), /None among the skills rated/);
  // Hostile text stays text in the Markdown.
  const hostile = buildPack({
    assessment: { ...emptyAssessment(), levels: pm, evidence: { risk: '# <script>alert(1)</script> [x](javascript:1)' } },
    goals: [],
    name: '**Eve**',
    rungs: RUNGS,
    today: '2026-12-07',
  });
  const md = packToMarkdown(hostile);
  assert.ok(md.includes('\\<script\\>') && md.includes('\\[x\\]') && md.includes('For \\*\\*Eve\\*\\*'));
});

test('the pack file carries how the next rung grows and the credentials held, when the page has them', () => {
  const p = buildPack({ assessment: { ...emptyAssessment(), levels: pm }, goals, name: '', rungs: RUNGS, today: '2026-12-07' });
  const md = packToMarkdown(p, {
    step: {
      title: 'What the next rung is trusted with',
      lines: ['Budgets grow from £100,000–£1.5 million to £1–10 million.'],
      note: 'The figures are the editors’ estimates.',
    },
    credentials: ['Project Management Professional (PMP): renew by 31 March 2029; 20 of 60 PDUs logged.'],
  });
  assert.match(
    md,
    /## What the next rung is trusted with\n\n- Budgets grow from £100,000–£1\.5 million to £1–10 million\.\n\nThe figures are the editors’ estimates\.\n/,
  );
  assert.match(md, /## Credentials I hold\n\n- Project Management Professional \(PMP\): renew by 31 March 2029/);
  assert.doesNotMatch(packToMarkdown(p), /Credentials I hold|trusted with/, 'nothing when the page has none');
});
