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

test(`the ranking table has at least 30 varied profiles`, () => {
  assert.ok(RANKING_CASES.length >= 30);
});

for (const c of RANKING_CASES) {
  test(`ranking: ${c.who}`, () => {
    const picks = topPicks(certs, profile(c.p)).map((x) => x.cert.id);
    const top3 = picks.slice(0, 3);
    if (c.first) assert.equal(picks[0], c.first, `first pick of ${picks.join(', ')}`);
    for (const id of c.top3 ?? []) assert.ok(top3.includes(id), `${id} in top three of ${picks.join(', ')}`);
    if (c.top3AnyOf) assert.ok(c.top3AnyOf.some((id) => top3.includes(id)), `one of ${c.top3AnyOf} in top three of ${picks.join(', ')}`);
    for (const id of c.never ?? []) assert.ok(!picks.includes(id), `${id} must not be picked: ${picks.join(', ')}`);
  });
}

test('no credential wins across unlike profiles: none is in the top two for more than a quarter of them', () => {
  const tally = new Map<string, number>();
  for (const c of RANKING_CASES) for (const p of topPicks(certs, profile(c.p)).slice(0, 2)) tally.set(p.cert.id, (tally.get(p.cert.id) ?? 0) + 1);
  const most = Math.max(...tally.values());
  assert.ok(most <= RANKING_CASES.length / 4, JSON.stringify(Object.fromEntries(tally)));
});

// Every method, and every goal except working with IT operations, where ITIL Foundation (entry level
// in ITIL's own scheme, and not a project-management credential) is the right first step even for a PMP.
test('a PMP holder with 60 months never gets an entry-level credential first', () => {
  for (const method of ['predictive', 'agile', 'hybrid', 'scaled-agile', 'service-management'] as const) {
    for (const goal of ['first-credential', 'lead-projects', 'agile-delivery', 'programme-portfolio', 'pmo-governance', 'specialise'] as const) {
      const p = profile({ stage: 'project-manager', education: 'bachelor', monthsWork: 90, monthsLeading: 60, held: ['pmi-pmp'], method, goal });
      const first = topPicks(certs, p)[0]!;
      assert.notEqual(first.cert.level, 'entry', `${method}/${goal}: ${first.cert.id}`);
    }
  }
});

test('each pick says what lifted it above the next one; the last pick says nothing', () => {
  const picks = topPicks(certs, profile({ stage: 'project-manager', education: 'bachelor', monthsWork: 60, monthsLeading: 40, trainingHours: 35, goal: 'lead-projects', region: 'uk' }));
  assert.equal(picks.length, 5);
  for (const p of picks.slice(0, -1)) assert.match(p.lift!, /^(Above the .+ because .+|Above the .+, .+|Level with the .+)\.$/);
  assert.equal(picks.at(-1)!.lift, undefined);
});

test('"you said" appears only for answers the reader gave', () => {
  const p = profile({ stage: 'project-manager', goal: 'lead-projects' });
  const answered = new Set<keyof Profile>(['goal']);
  const reasons = topPicks(certs, p, 5, answered).flatMap((x) => x.reasons);
  assert.ok(reasons.some((r) => r.startsWith('Fits your goal to show you can lead projects.')));
  assert.ok(!reasons.some((r) => /stage you said/.test(r)), reasons.join(' | '));
  assert.ok(reasons.some((r) => /the stage assumed until you choose one/.test(r)));
  assert.ok(!reasons.some((r) => /which you said your employer uses/.test(r)));
});

test('every one of the 24 credentials gets an answer, and every one left out says why', () => {
  const cases = [profile({}), profile({ stage: 'programme', education: 'bachelor', monthsWork: 150, monthsLeading: 84, monthsProgramme: 50, held: ['pmi-pmp'], goal: 'programme-portfolio' })];
  for (const p of cases) {
    const answers = answerAll(certs, p);
    assert.equal(answers.length, 24);
    assert.equal(answers.filter((a) => a.rank !== null).length, 5);
    for (const a of answers) assert.ok(a.reason.length > 10 && /[.!]$/.test(a.reason), `${a.cert.id}: "${a.reason}"`);
  }
  const pmpHolder = answerAll(certs, cases[1]!);
  assert.equal(pmpHolder.find((a) => a.cert.id === 'pmi-capm')!.reason, 'Your PMP already covers it.');
  assert.equal(pmpHolder.find((a) => a.cert.id === 'pmi-pmp')!.reason, 'You hold it already.');
});

// Wording: one written sentence per verdict kind, names keep their capitals, no nested brackets.
const capm = byId.get('pmi-capm')!;
const pmp = byId.get('pmi-pmp')!;
const csm = byId.get('scrumalliance-csm')!;
const google = byId.get('google-pm-certificate')!;
const wording: Array<[CertInput, Verdict, string, string]> = [
  [pmp, { kind: 'held' }, 'You hold this already', ''],
  [capm, { kind: 'covered', by: 'pmi-pmp' }, 'Not needed: your PMP covers it', ''],
  [pmp, { kind: 'eligible', path: 'x', via: [] }, 'Eligible now', 'Apply on PMI’s site: read the current handbook and fee on the day you book.'],
  [pmp, { kind: 'eligible', path: 'x', via: ['pmi-capm'] }, 'Eligible now, because you hold the CAPM', 'Apply on PMI’s site: read the current handbook and fee on the day you book.'],
  [google, { kind: 'eligible', path: 'x', via: [] }, 'Eligible now', 'Enrol when it suits you; the provider’s page has the current price.'],
  [pmp, { kind: 'soon', path: 'x', months: 10, monthsFor: 'monthsLeading', hours: 0, via: [] }, 'Eligible in about 10 months', 'Log 10 more months leading projects, then apply.'],
  [pmp, { kind: 'soon', path: 'x', months: 1, monthsFor: 'monthsLeading', hours: 12, via: [] }, 'Eligible in about 1 month, with 12 more hours of training', 'Complete 12 more hours of project-management training and log 1 more month leading projects, then apply.'],
  [capm, { kind: 'soon', path: 'x', months: 0, hours: 23, via: [] }, 'Eligible after 23 more hours of training', 'Complete 23 more hours of project-management training, then apply.'],
  [csm, { kind: 'soon', path: 'x', months: 0, hours: 0, course: 'a course of about 16 hours (two days) with a Certified Scrum Trainer', via: [] }, 'Eligible after the required course', 'Take a course of about 16 hours (two days) with a Certified Scrum Trainer, then apply.'],
  [byId.get('pmi-pgmp')!, { kind: 'soon', path: 'x', months: 6, monthsFor: 'monthsProgramme', hours: 0, via: ['pmi-pmp'] }, 'Eligible in about 6 months; your PMP already counts towards it', 'Log 6 more months managing programmes, then apply.'],
  [byId.get('prince2-practitioner')!, { kind: 'needs-credential', path: 'x', oneOf: ['prince2-foundation'], months: 0, via: [] }, 'Needs the PRINCE2 Foundation first', 'Pass the PRINCE2 Foundation first.'],
  [byId.get('prince2-practitioner')!, { kind: 'needs-credential', path: 'x', oneOf: ['prince2-foundation', 'pmi-pmp'], months: 0, via: [] }, 'Needs one of the PRINCE2 Foundation or PMP first', 'Pass one of the PRINCE2 Foundation or PMP first.'],
  [byId.get('pmi-rmp')!, { kind: 'check', path: 'x', unknown: '36 months of project risk management in the last five years' }, 'Depends on experience this chooser does not ask about', 'Ask PMI whether you meet the requirement for 36 months of project risk management in the last five years; this chooser cannot judge it.'],
  [pmp, { kind: 'not-aimed', why: 'about 50 months of experience still to gain' }, 'Not aimed at you yet: about 50 months of experience still to gain', ''],
];

test('every verdict kind is written as a sentence of its own, with names in their own capitals', () => {
  for (const [cert, v, headline, next] of wording) {
    assert.equal(verdictText(v, nameOf), headline);
    assert.equal(nextStep(cert, v, nameOf), next);
    for (const text of [headline, next]) {
      assert.doesNotMatch(text, /\([^)]*\(/, `nested brackets: ${text}`);
      assert.doesNotMatch(text, /\b(pmi|safe|itil|prince2|capm|pmp)\b/, `lower-cased name: ${text}`);
    }
  }
  const canTakeNow = () => true;
  assert.equal(nextStep(byId.get('prince2-practitioner')!, wording[10]![1], nameOf, canTakeNow), 'Pass the PRINCE2 Foundation first; you can take it now.');
});

test('reasons across many profiles never lower-case a name or nest brackets', () => {
  for (const c of RANKING_CASES) {
    for (const a of answerAll(certs, profile(c.p))) {
      for (const text of [a.reason, a.verdictText]) {
        assert.doesNotMatch(text, /\([^)]*\(/, text);
        assert.doesNotMatch(text, /\b(pmi|safe|itil|prince2)\b/, text);
      }
    }
  }
});
