import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  goalLine,
  goalText,
  APP_ID,
  closestRung,
  decodeRatings,
  emptyRatings,
  encodeRatings,
  FORMAT_VERSION,
  gapsTo,
  nextRung,
  parseProgress,
  planToMarkdown,
  ratedCount,
  suggestPlan,
  toGoals,
  type Ratings,
} from '../../src/lib/assessment.ts';
import { SKILL_DIMENSIONS, SKILL_GROUP_OF, SKILL_IDS, SKILL_LABELS } from '../../src/lib/ladder/dimensions.ts';
import { rungs as ladderRungs } from '../../src/lib/ladder/graph.ts';
import { roles } from './support/data.ts';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const all = roles();
const rungs = ladderRungs(all).map((r) => ({ id: r.id, name: r.name, rung: r.rung!, skills: r.skills }));
const rung = (id: string) => rungs.find((r) => r.id === id)!;
const ratingsOf = (skills: Record<string, number>): Ratings => ({ ...emptyRatings(), ...skills }) as Ratings;

test('ratings equal to a rung match that rung', () => {
  for (const r of rungs) assert.equal(closestRung(ratingsOf(r.skills), rungs)!.id, r.id);
});

test('"not rated" is its own state: nothing rated matches no rung, and unrated skills never count', () => {
  assert.equal(closestRung(emptyRatings(), rungs), null);
  assert.equal(ratedCount(emptyRatings()), 0);
  // Rating only finance at a portfolio manager's level matches on finance alone (unrated skills are not level 1).
  const top = rung('portfolio-manager');
  assert.equal(closestRung(ratingsOf({ finance: top.skills.finance }), rungs)!.skills.finance, top.skills.finance);
  // Unrated skills never appear in the gap, even when the target asks for them.
  const gaps = gapsTo(ratingsOf({ finance: 1 }), rung('senior-project-manager'));
  assert.deepEqual(
    gaps.map((g) => g.id),
    ['finance'],
  );
});

test('the gap to the next rung is ranked biggest first and says what the level looks like', () => {
  const pm = rung('project-manager');
  const ratings = ratingsOf({ ...pm.skills, finance: 1 });
  const current = closestRung(ratings, rungs)!;
  assert.equal(current.id, 'project-manager');
  const next = nextRung(current, rungs)!;
  assert.equal(next.id, 'senior-project-manager');
  const gaps = gapsTo(ratings, next);
  assert.equal(gaps[0]!.id, 'finance');
  assert.equal(gaps[0]!.gap, next.skills.finance - 1);
  assert.equal(gaps[0]!.target, SKILL_DIMENSIONS.find((d) => d.id === 'finance')!.levels[next.skills.finance - 1]);
  for (let i = 1; i < gaps.length; i++) assert.ok(gaps[i - 1]!.gap >= gaps[i]!.gap);
  // Raising a rating shrinks the gap.
  const better = gapsTo({ ...ratings, finance: 3 }, next);
  assert.ok(better.find((g) => g.id === 'finance')!.gap < gaps[0]!.gap);
  assert.equal(nextRung(rung('portfolio-manager'), rungs), null);
});

test('ratings codec: 11 digits 0–5 round-trip; anything else means nothing rated', () => {
  const r = ratingsOf({ planning: 3, finance: 5, data: 1 });
  assert.deepEqual(decodeRatings(encodeRatings(r)), r);
  assert.equal(encodeRatings(emptyRatings()), '');
  for (const bad of ['', '1234', '66666666666', '1111111111a', '<script>', '111111111111', null, 42, '٣٣٣٣٣٣٣٣٣٣٣']) {
    assert.deepEqual(decodeRatings(bad), emptyRatings(), String(bad));
  }
});

test('progress in the format before the store (version 1) still reads, and bad data is explained, never thrown', () => {
  const ratings = ratingsOf({ planning: 4 });
  const plan = [{ horizon: 'short' as const, text: 'Lead a steering meeting' }];
  const ok = parseProgress(JSON.stringify({ app: APP_ID, version: 1, savedAt: '2026-11-25T10:00:00Z', ratings, plan }));
  assert.equal(ok.status, 'ok');
  assert.deepEqual(ok.status === 'ok' && [ok.progress.ratings, ok.progress.plan], [ratings, plan]);
  assert.deepEqual(parseProgress(null), { status: 'empty' });
  const cases: Array<[string, RegExp]> = [
    ['{not json', /not valid JSON/],
    ['[1,2]', /not a progress record/],
    ['{"app":"other","version":1}', /not a file exported from/],
    [`{"app":"${APP_ID}","version":0,"ratings":{}}`, /old format/],
    [`{"app":"${APP_ID}","version":${FORMAT_VERSION + 1},"ratings":{}}`, /newer version/],
    [`{"app":"${APP_ID}","version":1}`, /ratings are missing/],
    [`{"app":"${APP_ID}","version":1,"ratings":{"planning":9}}`, /Planning and scheduling.*0 to 5/],
    [`{"app":"${APP_ID}","version":1,"ratings":{"planning":"3"}}`, /whole number/],
    [`{"app":"${APP_ID}","version":1,"ratings":{},"plan":{"a":1}}`, /not a list/],
    [`{"app":"${APP_ID}","version":1,"ratings":{},"plan":[{"horizon":"someday","text":"x"}]}`, /malformed/],
  ];
  for (const [raw, message] of cases) {
    const r = parseProgress(raw);
    assert.equal(r.status, 'invalid', raw);
    assert.match(r.status === 'invalid' ? r.message : '', message, raw);
  }
  // Unknown extra fields are ignored; long goals are cut to size.
  const long = parseProgress(JSON.stringify({ app: APP_ID, version: 1, ratings: { x: 1 }, plan: [{ horizon: 'mid', text: 'y'.repeat(5000) }], extra: true }));
  assert.equal(long.status === 'ok' && long.progress.plan![0]!.text.length, 300);
});

test('plan suggestions come from the gap and cover all three horizons', () => {
  const pm = rung('project-manager');
  const plan = suggestPlan(ratingsOf({ ...pm.skills, finance: 1 }), pm, rung('senior-project-manager'));
  assert.deepEqual([...new Set(plan.map((p) => p.horizon))], ['short', 'mid', 'long']);
  assert.match(plan[0]!.text, /^Budgeting and finance: grow from level 1 to 4\. /);
  // Names keep their own capitals (a role such as 'PMO lead' must not become 'pmo lead').
  assert.equal(plan.at(-1)!.text, 'Move up a rung, from Project manager to Senior project manager.');
  const top = suggestPlan(ratingsOf(rung('portfolio-manager').skills), rung('portfolio-manager'), null);
  assert.ok(top.length >= 3);
  const general = suggestPlan(emptyRatings(), null, null);
  assert.deepEqual([...new Set(general.map((p) => p.horizon))], ['short', 'mid', 'long']);
  assert.match(general.map((p) => p.text).join(' '), /self-assessment/);
});

test('goals get unique ids after the existing ones', () => {
  const first = toGoals([
    { horizon: 'short', text: 'a' },
    { horizon: 'mid', text: 'b' },
  ]);
  assert.deepEqual(
    first.map((g) => [g.id, g.status, g.target]),
    [
      ['g1', 'planned', ''],
      ['g2', 'planned', ''],
    ],
  );
  const more = toGoals([{ horizon: 'long', text: 'c' }], [{ id: 'g7' }, { id: 'odd' }]);
  assert.equal(more[0]!.id, 'g8');
});

test('the plan exports as Markdown with its horizons, and reader text cannot add structure', () => {
  const md = planToMarkdown(
    [
      { horizon: 'short', text: 'Run a *retro* <b>now</b>\n# not a heading' },
      { horizon: 'long', text: 'Become a programme manager' },
    ],
    { current: 'Project manager', next: 'Senior project manager', date: '2026-11-25' },
  );
  assert.match(md, /^# My career plan\n/);
  assert.match(md, /## Short term \(next 3–6 months\)\n\n- \[ \] Run a \\\*retro\\\* \\<b\\>now\\<\/b\\> \\# not a heading/);
  assert.match(md, /## Mid term \(6–18 months\)\n\n- \(nothing yet\)/);
  assert.match(md, /Closest role today: Project manager\. Next step: Senior project manager\./);
  const withStatus = planToMarkdown(
    [
      { horizon: 'short', text: 'Pass the PMP', status: 'done', target: '2027-03-31' },
      { horizon: 'mid', text: 'Lead a release', status: 'in-progress', target: '' },
    ],
    { date: '2026-11-25', name: 'Sam *Lee*' },
  );
  assert.match(withStatus, /For Sam \\\*Lee\\\*\./);
  assert.match(withStatus, /- \[x\] Pass the PMP \(target 31 March 2027\)/);
  assert.match(withStatus, /Written 25 November 2026\./, 'one date format throughout');
  assert.doesNotMatch(withStatus, /\d{4}-\d\d-\d\d/);
  assert.match(withStatus, /- \[ \] Lead a release \(in progress\)/);
  // The note sits inside the sentence, before its full stop.
  assert.equal(
    goalText({ text: 'Run the risk review.', status: 'in-progress', target: '2027-03-31' }),
    'Run the risk review (in progress, target 31 March 2027).',
  );
  assert.equal(goalText({ text: 'Run the risk review.', status: 'planned', target: '' }), 'Run the risk review.');
  assert.equal(goalLine({ text: 'Pass the PMP?', status: 'done', target: '2027-01-31' }), '☑ Pass the PMP (target 31 January 2027)?');
});

test('every skill has at most three sections to read next, in chapters that exist, each with its own reason', () => {
  const chapters = new Set(readdirSync(join(import.meta.dirname, '../../src/content/docs/guide')).map((f) => `guide/${f.replace(/\.mdx$/, '')}`));
  const reasons = new Set<string>();
  for (const d of SKILL_DIMENSIONS) {
    assert.equal(d.levels.length, 5);
    assert.ok(d.readNext.length >= 1 && d.readNext.length <= 3, `${d.id}: ${d.readNext.length} links`);
    assert.equal(new Set(d.readNext.map((r) => r.to)).size, d.readNext.length, `${d.id}: a section twice`);
    for (const r of d.readNext) {
      const [chapter, anchor] = r.to.split('#');
      assert.ok(chapters.has(chapter!), `${d.id}: chapter ${chapter}`);
      assert.match(anchor ?? '', /^[a-z0-9-]+$/, `${d.id}: ${r.to} names a section`);
      assert.match(r.why, /^[A-Z].{20,160}\.$/, `${d.id}: the reason for ${r.to} is one sentence`);
      assert.ok(!reasons.has(r.why), `${d.id}: the reason for ${r.to} is written for this skill, not copied`);
      reasons.add(r.why);
    }
  }
  assert.deepEqual(
    SKILL_DIMENSIONS.map((d) => d.id),
    [...SKILL_IDS],
  );
  assert.deepEqual(Object.fromEntries(SKILL_DIMENSIONS.map((d) => [d.id, d.label])), SKILL_LABELS);
  assert.deepEqual(Object.fromEntries(SKILL_DIMENSIONS.map((d) => [d.id, d.group])), SKILL_GROUP_OF);
});
