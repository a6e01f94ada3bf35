import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addPerson, MAX_COMMON_GAPS, MAX_PEOPLE, personFromFile, personFromLink, summariseTeam, type Person } from '../../src/lib/team.ts';
import { serialiseBundle } from '../../src/lib/bundle.ts';
import { emptyAssessment } from '../../src/lib/evidence.ts';
import { emptyRatings, type Ratings } from '../../src/lib/ratings.ts';
import { rungs as ladderRungs } from '../../src/lib/ladder/graph.ts';
import { SKILL_IDS } from '../../src/lib/ladder/skill-ids.ts';
import { roles } from './support/data.ts';

const RUNGS = ladderRungs(roles()).map((r) => ({ id: r.id, name: r.name, rung: r.rung!, skills: r.skills }));
const levels = (digits: string): Ratings => Object.fromEntries(SKILL_IDS.map((id, i) => [id, Number(digits[i])])) as Ratings;
const file = (name: string, digits: string) =>
  serialiseBundle(
    { ratings: { ...emptyAssessment(), levels: levels(digits) }, ...(name ? { plan: { seeded: true, name, goals: [] } } : {}) },
    new Date('2026-12-01'),
  );
const person = (name: string, digits: string): Person => {
  const p = personFromFile(`${name || 'unnamed'}.json`, file(name, digits));
  assert.ok(p.ok);
  return p.ok ? p.person : (null as never);
};

test('team: five export files give each person a rung, the spread per skill in words and the shared gaps', () => {
  const team = [
    person('Asha', '33232322233'),
    person('Ben', '22222221232'),
    person('Chloe', '43343333333'),
    person('Dev', '32232221243'),
    person('', '23222222232'),
  ];
  assert.equal(team[4]!.name, 'unnamed', 'a file without a plan name is named after the file');
  const s = summariseTeam(team, RUNGS);
  assert.equal(s.people, 5);
  assert.equal(
    s.rungs.reduce((n, r) => n + r.people.length, 0),
    5,
  );
  const planning = s.skills.find((k) => k.id === 'planning')!;
  assert.deepEqual([planning.low, planning.median, planning.high, planning.counts], [2, 3, 4, [0, 2, 2, 1, 0]]);
  assert.equal(planning.text, 'Levels 2 to 4, middle 3.');
  assert.ok(s.commonGaps.length <= MAX_COMMON_GAPS);
  assert.ok(s.commonGaps.every((g, i) => g.people >= 2 && (i === 0 || s.commonGaps[i - 1]!.people >= g.people)));
  assert.match(s.commonGaps[0]!.text, /^[A-Z].+: \d of 5 people are below what their next rung asks\.$/);
});

test('team: spread words for one level, unrated skills and one person', () => {
  const s = summariseTeam([person('A', '30000000000'), person('B', '30000000001')], RUNGS);
  assert.equal(s.skills.find((k) => k.id === 'planning')!.text, 'Everyone who rated it is at 3.');
  assert.equal(s.skills.find((k) => k.id === 'data')!.text, 'Everyone who rated it is at 1; 1 not rated.');
  assert.equal(s.skills.find((k) => k.id === 'risk')!.text, 'Nobody has rated it.');
  assert.equal(summariseTeam([person('A', '30000000000')], RUNGS).skills.find((k) => k.id === 'risk')!.text, 'Not rated.');
});

test('team: files and links are checked, replaced when loaded twice, and capped', () => {
  for (const [text, message] of [
    ['{', /not valid JSON/],
    ['{"app":"other"}', /not a file exported/],
    [serialiseBundle({ reading: { read: ['guide/faq'] } }, new Date()), /no ratings/],
    ['x'.repeat(200_001), /too large/],
  ] as const) {
    const r = personFromFile('f.json', text);
    assert.equal(r.ok, false);
    if (!r.ok) assert.match(r.message, message);
  }
  const link = personFromLink('https://guide.example/tools/self-assessment/#r=33333333333&a=1', 1);
  assert.ok(link.ok && link.person.name === 'Link 1' && link.person.assessment.applied[0] === 'planning');
  for (const bad of ['not a link', 'https://x.test/#r=<b>', 'javascript:alert(1)']) assert.equal(personFromLink(bad, 1).ok, false, bad);
  const a = person('Asha', '33232322233');
  const again = { ...person('Asha', '44444444444'), source: a.source };
  const r = addPerson([a], again);
  assert.deepEqual([r.team.length, r.replaced, r.team[0]!.assessment.levels.planning], [1, true, 4]);
  let team: Person[] = [];
  for (let i = 0; i < MAX_PEOPLE + 3; i++) team = addPerson(team, { ...a, source: `file:${i}` }).team;
  assert.equal(team.length, MAX_PEOPLE);
  assert.deepEqual(emptyRatings(), levels('00000000000'));
});

test('team: credentials due within twelve months, soonest first, only where the issuer confirms the rule', async () => {
  const { renewalsDue } = await import('../../src/lib/team.ts');
  const { renewalInfo } = await import('../../src/lib/renewal-rule.ts');
  const { loadCertificationFiles } = await import('./support/data.ts');
  const infos = loadCertificationFiles().map((c) => renewalInfo(c));
  const withPmp = (name: string, earned: string): Person => ({
    ...person(name, '33333333333'),
    records: { credentials: { held: [{ id: 'pmi-pmp', earned }], log: [] } },
  });
  const confirmed = infos.find((i) => i.id === 'pmi-pmp')!;
  assert.ok(confirmed.rule, 'the PMP rule is confirmed by PMI');
  const due = renewalsDue(
    [withPmp('Ben', '2024-06-01'), withPmp('Asha', '2024-02-01'), withPmp('Far', '2026-11-01'), person('None', '22222222222')],
    infos,
    '2026-12-07',
  );
  assert.deepEqual(
    due.map((d) => d.person),
    ['Asha', 'Ben'],
    'Far’s deadline is three years away',
  );
  assert.match(due[0]!.text, /^Asha: PMP, renew by \d{1,2} [A-Z][a-z]+ 2027 \(in \d+ days\)\.$/);
  // Garbage in a file's credentials is ignored, never thrown.
  assert.deepEqual(renewalsDue([{ ...person('X', '33333333333'), records: { credentials: { held: 'nope' } } }], infos, '2026-12-07'), []);
});
