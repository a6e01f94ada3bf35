import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerAll, nextStep, topPicks, verdictText, type CertInput, type Verdict } from '../../src/lib/certs/engine.ts';
import { DEFAULT_PROFILE, type Profile } from '../../src/lib/certs/profile.ts';
import { certifications } from './support/data.ts';
import { RANKING_CASES } from './support/profiles.ts';

const certs = certifications();
const byId = new Map(certs.map((c) => [c.id, c]));
const nameOf = (id: string) => byId.get(id)?.short ?? id;
const profile = (p: Partial<Profile>): Profile => ({ ...DEFAULT_PROFILE, held: [], ...p });

test('the ranking table has at least 40 varied profiles, each stating its top three', () => {
  assert.ok(RANKING_CASES.length >= 40);
  for (const c of RANKING_CASES) assert.equal(new Set(c.top3).size, 3, c.who);
});

for (const c of RANKING_CASES) {
  test(`ranking: ${c.who}`, () => {
    const picks = topPicks(certs, profile(c.p)).map((x) => x.cert.id);
    const top3 = picks.slice(0, 3);
    assert.deepEqual([...top3].sort(), [...c.top3].sort(), `top three of ${picks.join(', ')}`);
    if (c.first) assert.equal(picks[0], c.first, `first pick of ${picks.join(', ')}`);
    for (const id of c.firstOrSecond ?? []) assert.ok(picks.slice(0, 2).includes(id), `${id} first or second in ${picks.join(', ')}`);
    for (const id of c.never ?? []) assert.ok(!picks.includes(id), `${id} must not be picked: ${picks.join(', ')}`);
  });
}

test('a programme goal with a PMP puts the PgMP or the MSP first, and both in the top two', () => {
  for (const monthsProgramme of [0, 24, 50]) {
    const p = profile({
      stage: 'senior-pm',
      education: 'bachelor',
      monthsWork: 120,
      monthsLeading: 84,
      monthsProgramme,
      held: ['pmi-pmp'],
      goal: 'programme-portfolio',
    });
    const top2 = topPicks(certs, p, 2)
      .map((x) => x.cert.id)
      .sort();
    assert.deepEqual(top2, ['peoplecert-msp', 'pmi-pgmp'], `with ${monthsProgramme} months of programmes`);
  }
});

test('no credential wins across unlike profiles: none is in the top two for more than a quarter of them', () => {
  const tally = new Map<string, number>();
  for (const c of RANKING_CASES) for (const p of topPicks(certs, profile(c.p)).slice(0, 2)) tally.set(p.cert.id, (tally.get(p.cert.id) ?? 0) + 1);
  const most = Math.max(...tally.values());
  assert.ok(most <= RANKING_CASES.length / 4, JSON.stringify(Object.fromEntries(tally)));
});

test('credentials below the reader are never picked: an experienced reader gets no entry-level pick, whatever the goal, method or region', () => {
  const goals = [null, 'first-credential', 'lead-projects', 'agile-delivery', 'programme-portfolio', 'pmo-governance', 'specialise'] as const;
  for (const method of [null, 'predictive', 'agile', 'hybrid', 'scaled-agile', 'service-management'] as const) {
    for (const goal of goals) {
      for (const p of [
        profile({ education: 'bachelor', monthsWork: 90, monthsLeading: 60, held: ['pmi-pmp'], method, goal }),
        profile({ education: 'bachelor', monthsWork: 70, monthsLeading: 50, method, goal, region: 'uk' }),
      ]) {
        const picks = topPicks(certs, p);
        assert.deepEqual(
          picks.filter((x) => x.cert.level === 'entry').map((x) => x.cert.id),
          [],
          `${method}/${goal}`,
        );
      }
    }
  }
  // ITIL Foundation opens another discipline: for a PMP holder who wants to work with IT operations it is not "below" them.
  const ops = topPicks(certs, profile({ education: 'bachelor', monthsWork: 90, monthsLeading: 60, held: ['pmi-pmp'], goal: 'service-management' }));
  assert.equal(ops[0]!.cert.id, 'itil-4-foundation');
});

test('without a stage, experience implies one and the reasons say so; nothing unanswered is called the reader’s', () => {
  const p = profile({ education: 'bachelor', monthsWork: 70, monthsLeading: 50, trainingHours: 35 });
  const picks = topPicks(certs, p);
  assert.equal(picks[0]!.cert.id, 'pmi-pmp');
  assert.ok(picks[0]!.reasons.includes('Aimed at project managers, going by your 50 months leading projects.'), picks[0]!.reasons.join(' | '));
  const all = answerAll(certs, p)
    .flatMap((a) => [a.reason, a.verdictText])
    .concat(picks.flatMap((x) => [...x.reasons, x.lift ?? '']));
  for (const text of all) {
    assert.doesNotMatch(text, /your goal|a different goal|stage you chose|you said|your employer|where you work|your sector/, text);
  }
});

test('each pick says what lifted it above the next one, in a sentence of its own; the last pick says nothing', () => {
  const picks = topPicks(
    certs,
    profile({ stage: 'project-manager', education: 'bachelor', monthsWork: 60, monthsLeading: 40, trainingHours: 35, goal: 'lead-projects', region: 'uk' }),
  );
  assert.equal(picks.length, 5);
  for (const p of picks.slice(0, -1))
    assert.match(p.lift!, /^(Above the .+ because .+|Above the .+, which .+|Above the .+, whose .+|Level with the .+; either would serve you)\.$/);
  assert.equal(picks.at(-1)!.lift, undefined);
});

test('every one of the 24 credentials gets an answer; a left-out one says why unless its verdict already does', () => {
  const cases = [
    profile({}),
    profile({
      stage: 'programme',
      education: 'bachelor',
      monthsWork: 150,
      monthsLeading: 84,
      monthsProgramme: 50,
      held: ['pmi-pmp'],
      goal: 'programme-portfolio',
    }),
  ];
  for (const p of cases) {
    const answers = answerAll(certs, p);
    assert.equal(answers.length, 24);
    assert.equal(answers.filter((a) => a.rank !== null).length, 5);
    for (const a of answers) {
      const saysItAll = ['held', 'covered', 'not-aimed'].includes(a.verdict.kind);
      if (saysItAll) assert.equal(a.reason, '', `${a.cert.id}: the verdict "${a.verdictText}" is enough`);
      else if (a.rank === null) assert.ok(a.reason.length > 10 && /[.!]$/.test(a.reason), `${a.cert.id}: "${a.reason}"`);
    }
  }
  const pmpHolder = answerAll(certs, cases[1]!);
  assert.equal(pmpHolder.find((a) => a.cert.id === 'pmi-capm')!.verdictText, 'Covered by the PMP you hold.');
  assert.equal(pmpHolder.find((a) => a.cert.id === 'pmi-pmp')!.verdictText, 'You hold this already.');
});

// Wording: one written sentence per verdict kind, names keep their capitals, no nested brackets.
const capm = byId.get('pmi-capm')!;
const pmp = byId.get('pmi-pmp')!;
const csm = byId.get('scrumalliance-csm')!;
const google = byId.get('google-pm-certificate')!;
const wording: Array<[CertInput, Verdict, string, string]> = [
  [pmp, { kind: 'held' }, 'You hold this already.', ''],
  [capm, { kind: 'covered', by: 'pmi-pmp' }, 'Covered by the PMP you hold.', ''],
  [pmp, { kind: 'eligible', path: 'x', via: [] }, 'Eligible now.', 'Apply on PMI’s site: read the current handbook and fee on the day you book.'],
  [
    pmp,
    { kind: 'eligible', path: 'x', via: ['pmi-capm'] },
    'Eligible now, thanks to the CAPM you hold.',
    'Apply on PMI’s site: read the current handbook and fee on the day you book.',
  ],
  [google, { kind: 'eligible', path: 'x', via: [] }, 'Eligible now.', 'Enrol when it suits you; the provider’s page has the current price.'],
  [
    pmp,
    { kind: 'soon', path: 'x', months: 10, monthsFor: 'monthsLeading', hours: 0, via: [] },
    'Eligible in about 10 months.',
    'Gain 10 more months leading projects, then apply.',
  ],
  [
    pmp,
    { kind: 'soon', path: 'x', months: 1, monthsFor: 'monthsLeading', hours: 12, via: [] },
    'Eligible in about 1 month, with 12 more hours of project-management training.',
    'Complete 12 more hours of project-management training and gain 1 more month leading projects, then apply.',
  ],
  [
    capm,
    { kind: 'soon', path: 'x', months: 0, hours: 23, via: [] },
    'Eligible once you complete 23 more hours of project-management training.',
    'Complete 23 more hours of project-management training, then apply.',
  ],
  [
    csm,
    { kind: 'soon', path: 'x', months: 0, hours: 0, course: 'a two-day course with a Certified Scrum Trainer', via: [] },
    'Eligible once you complete a two-day course with a Certified Scrum Trainer.',
    'Take a two-day course with a Certified Scrum Trainer, then apply.',
  ],
  [
    byId.get('pmi-pgmp')!,
    { kind: 'later', path: 'x', months: 30, monthsFor: 'monthsProgramme', hours: 0, via: [] },
    'Eligible in about 2 and a half years.',
    'Gain 30 more months managing programmes, then apply.',
  ],
  [
    byId.get('prince2-practitioner')!,
    { kind: 'needs-credential', path: 'x', oneOf: ['prince2-foundation'], months: 0, via: [] },
    'Needs the PRINCE2 Foundation first.',
    'Pass the PRINCE2 Foundation first.',
  ],
  [
    byId.get('prince2-practitioner')!,
    { kind: 'needs-credential', path: 'x', oneOf: ['prince2-foundation', 'pmi-pmp'], months: 0, via: [] },
    'Needs one of the PRINCE2 Foundation or PMP first.',
    'Pass one of the PRINCE2 Foundation or PMP first.',
  ],
  [
    byId.get('pmi-rmp')!,
    { kind: 'check', path: 'x', unknown: '36 months of project risk management' },
    'Depends on experience this chooser does not ask about.',
    'Ask PMI whether you meet the requirement for 36 months of project risk management.',
  ],
  [pmp, { kind: 'not-aimed', why: 'far-off', months: 60 }, 'Far off for now: about 5 years of experience still to gain.', ''],
  [pmp, { kind: 'not-aimed', why: 'education', education: 'bachelor' }, 'Not open to you yet: every route to it needs a four-year degree.', ''],
];

test('every verdict kind is written as a sentence of its own', () => {
  for (const [cert, v, headline, next] of wording) {
    assert.equal(verdictText(v, nameOf), headline);
    assert.equal(nextStep(cert, v, nameOf), next);
  }
  const canTakeNow = () => true;
  assert.equal(nextStep(byId.get('prince2-practitioner')!, wording[10]![1], nameOf, canTakeNow), 'Pass the PRINCE2 Foundation first; you can take it now.');
});

/** Proper names as their owners write them; any other capitalisation of them is a fault. */
const NAMES = [
  'PMI',
  'PMP',
  'CAPM',
  'PgMP',
  'PfMP',
  'PRINCE2',
  'SAFe',
  'ITIL',
  'APM',
  'IPMA',
  'PeopleCert',
  'CompTIA',
  'Scrum',
  'ChPP',
  'MSP',
  'CSM',
  'PSM',
  'PSPO',
];
const clauses = (text: string) =>
  text
    .toLowerCase()
    .split(/[.;:]\s*/)
    .map((c) => c.replace(/[^a-z0-9 ]/g, '').trim())
    .filter((c) => c.split(' ').length >= 3);

/** What is wrong with a verdict and its reason read together, as a reader sees them. */
function wordingFaults(verdict: string, reason: string): string[] {
  const faults: string[] = [];
  const text = reason ? `${verdict} ${reason}` : verdict;
  const seen = new Set<string>();
  for (const c of clauses(text)) {
    if (seen.has(c)) faults.push(`repeats "${c}"`);
    seen.add(c);
  }
  if (/\([^)]*\(|\)\s*\(/.test(text)) faults.push('doubled or nested brackets');
  if (/[a-z][.,;:!?][A-Za-z]|\u200b|\s{2,}/.test(text.replace(/Scrum\.org/g, 'Scrum-org'))) faults.push('a missing or doubled space');
  for (const name of NAMES) {
    for (const m of text.matchAll(new RegExp(`\\b${name}\\b`, 'gi'))) if (m[0] !== name) faults.push(`"${m[0]}" should be "${name}"`);
  }
  if (!/[.!]$/.test(text)) faults.push('not a finished sentence');
  return faults;
}

test('every verdict and reason, for every credential and every profile in the table, reads as written by a person', () => {
  let pairs = 0;
  const faults: string[] = [];
  for (const c of RANKING_CASES) {
    const p = profile(c.p);
    for (const a of answerAll(certs, p)) {
      pairs++;
      for (const f of wordingFaults(a.verdictText, a.reason)) faults.push(`${c.who} / ${a.cert.id}: ${f}: "${a.verdictText} ${a.reason}"`);
    }
    for (const pick of topPicks(certs, p)) {
      for (const line of [...pick.reasons, pick.lift ?? 'x.', pick.next || 'x.', ...pick.eligibility.facts]) {
        for (const f of wordingFaults(line, '')) faults.push(`${c.who} / ${pick.cert.id}: ${f}: "${line}"`);
      }
    }
  }
  assert.ok(pairs >= 24 * 40, `${pairs} pairs`);
  assert.deepEqual(faults, []);
});

test('the wording check itself catches the faults it looks for', () => {
  assert.deepEqual(wordingFaults('You hold this already.', 'You hold this already.'), ['repeats "you hold this already"']);
  assert.ok(wordingFaults('Earn the Certified SAFe Agilist (SA) (SAFe Agilist).', '').includes('doubled or nested brackets'));
  assert.ok(wordingFaults('Read\u200bhow we check facts.', '').includes('a missing or doubled space'));
  assert.ok(wordingFaults('Suits hybrid delivery with safe.', '').includes('"safe" should be "SAFe"'));
});
