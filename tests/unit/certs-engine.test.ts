import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateEligibility, rankCertifications, topPicks, verdictText } from '../../src/lib/certs/engine.ts';
import { DEFAULT_PROFILE, type Profile } from '../../src/lib/certs/profile.ts';
import { certifications } from './support/data.ts';

const certs = certifications();
const cert = (id: string) => {
  const c = certs.find((x) => x.id === id);
  assert.ok(c, `certification ${id} exists`);
  return c;
};
const profile = (p: Partial<Profile>): Profile => ({ ...DEFAULT_PROFILE, held: [], ...p });
const ids = (picks: { cert: { id: string } }[]) => picks.map((p) => p.cert.id);

test('there are 24 certifications and every one evaluates for the default profile', () => {
  assert.equal(certs.length, 24);
  for (const c of certs) assert.ok(evaluateEligibility(c, profile({})).verdict.kind);
});

// Table: a profile, and what the engine must say about given credentials.
const cases: Array<{
  who: string;
  p: Partial<Profile>;
  verdicts?: Record<string, string | RegExp>;
  picksInclude?: string[];
  picksExclude?: string[];
  topIs?: string[];
}> = [
  {
    who: 'a newcomer with a secondary education and no experience',
    p: { stage: 'newcomer', education: 'secondary', goal: 'first-credential' },
    verdicts: { 'pmi-capm': 'soon', 'pmi-pmp': 'not-aimed', 'scrumorg-psm-i': 'eligible', 'prince2-foundation': 'eligible' },
    picksInclude: ['pmi-capm'],
    picksExclude: ['pmi-pmp', 'pmi-pgmp', 'pmi-pfmp'],
  },
  {
    who: 'a PM with a four-year degree, 40 months leading projects and 35 hours of training',
    p: { stage: 'project-manager', education: 'bachelor', monthsWork: 60, monthsLeading: 40, trainingHours: 35, goal: 'lead-projects' },
    verdicts: { 'pmi-pmp': 'eligible' },
    topIs: ['pmi-pmp'],
  },
  {
    who: 'the same PM with 30 months leading projects',
    p: { stage: 'project-manager', education: 'bachelor', monthsWork: 50, monthsLeading: 30, trainingHours: 35, goal: 'lead-projects' },
    verdicts: { 'pmi-pmp': 'soon', 'pmi-capm': 'eligible', 'scrumorg-psm-i': 'eligible' },
    picksInclude: ['pmi-pmp'],
  },
  {
    who: 'an agile-team lead',
    p: {
      stage: 'project-manager',
      education: 'bachelor',
      monthsWork: 48,
      monthsLeading: 12,
      monthsAgile: 30,
      trainingHours: 30,
      method: 'agile',
      sector: 'software',
      goal: 'agile-delivery',
    },
    verdicts: { 'pmi-acp': 'eligible' },
    picksInclude: ['pmi-acp', 'scrumorg-psm-i'],
  },
  {
    who: 'a UK public-sector PM',
    p: {
      stage: 'project-manager',
      education: 'bachelor',
      monthsWork: 72,
      monthsLeading: 36,
      trainingHours: 10,
      method: 'predictive',
      region: 'uk',
      sector: 'public-sector',
      goal: 'lead-projects',
    },
    picksInclude: ['prince2-practitioner'],
  },
  {
    who: 'a programme manager holding PMP',
    p: {
      stage: 'programme',
      education: 'bachelor',
      monthsWork: 150,
      monthsLeading: 84,
      monthsProgramme: 50,
      trainingHours: 60,
      held: ['pmi-pmp'],
      goal: 'programme-portfolio',
    },
    verdicts: { 'pmi-pgmp': 'eligible', 'pmi-pmp': 'held', 'pmi-capm': 'covered' },
    topIs: ['pmi-pgmp'],
  },
  {
    who: 'someone already holding PMP',
    p: { stage: 'project-manager', education: 'bachelor', monthsWork: 80, monthsLeading: 50, trainingHours: 40, held: ['pmi-pmp'], goal: 'first-credential' },
    verdicts: { 'pmi-capm': 'covered', 'pmi-acp': /eligible|soon/ },
    picksExclude: ['pmi-capm', 'pmi-pmp'],
  },
];

for (const c of cases) {
  test(`engine: ${c.who}`, () => {
    const p = profile(c.p);
    for (const [id, expected] of Object.entries(c.verdicts ?? {})) {
      const kind = evaluateEligibility(cert(id), p).verdict.kind;
      if (typeof expected === 'string') assert.equal(kind, expected, `${id} verdict`);
      else assert.match(kind, expected, `${id} verdict`);
    }
    const picks = topPicks(certs, p);
    assert.ok(picks.length >= 3, 'at least three picks');
    for (const id of c.picksInclude ?? []) assert.ok(ids(picks).includes(id), `${id} in picks ${ids(picks)}`);
    for (const id of c.picksExclude ?? []) assert.ok(!ids(picks).includes(id), `${id} not in picks ${ids(picks)}`);
    if (c.topIs) assert.ok(c.topIs.includes(picks[0]!.cert.id), `top pick ${picks[0]!.cert.id}`);
    for (const pick of picks) {
      assert.ok(pick.reasons.length > 0, `${pick.cert.id} has reasons`);
      assert.ok(pick.next.length > 0, `${pick.cert.id} has a next step`);
    }
  });
}

test('the UK public-sector PM gets PRINCE2 in the top two', () => {
  const p = profile({
    stage: 'project-manager',
    education: 'bachelor',
    monthsWork: 72,
    monthsLeading: 36,
    trainingHours: 10,
    method: 'predictive',
    region: 'uk',
    sector: 'public-sector',
    goal: 'lead-projects',
  });
  const top2 = ids(topPicks(certs, p, 2));
  assert.ok(
    top2.some((id) => id.startsWith('prince2-')),
    `top two: ${top2}`,
  );
});

test('PMP at 30 months is six months away, and the reasons cite the facts used', () => {
  const p = profile({ stage: 'project-manager', education: 'bachelor', monthsLeading: 30, trainingHours: 35 });
  const e = evaluateEligibility(cert('pmi-pmp'), p);
  assert.deepEqual(e.verdict.kind === 'soon' && [e.verdict.months, e.verdict.hours], [6, 0]);
  assert.equal(verdictText(e.verdict), 'Eligible in about 6 months.');
  assert.ok(
    e.facts.some((f) => /Needs 36 months leading projects; you have 30 months\./.test(f)),
    e.facts.join(' | '),
  );
});

test('CAPM counts in place of the 35 hours for PMP', () => {
  const p = profile({ education: 'bachelor', monthsLeading: 40, trainingHours: 0, held: ['pmi-capm'] });
  const e = evaluateEligibility(cert('pmi-pmp'), p, (id) => cert(id).short);
  assert.equal(e.verdict.kind, 'eligible');
  assert.ok(
    e.facts.some((f) => /Your CAPM counts in place of 35 hours of project-management training\./.test(f)),
    e.facts.join(' | '),
  );
});

test('secondary education needs 60 months for PMP', () => {
  const at59 = evaluateEligibility(cert('pmi-pmp'), profile({ education: 'secondary', monthsLeading: 59, trainingHours: 35 })).verdict;
  const at60 = evaluateEligibility(cert('pmi-pmp'), profile({ education: 'secondary', monthsLeading: 60, trainingHours: 35 })).verdict;
  assert.equal(at59.kind === 'soon' && at59.months, 1);
  assert.equal(at60.kind, 'eligible');
});

test('PRINCE2 Practitioner needs Foundation first, unless it is held', () => {
  assert.equal(evaluateEligibility(cert('prince2-practitioner'), profile({})).verdict.kind, 'needs-credential');
  assert.notEqual(evaluateEligibility(cert('prince2-practitioner'), profile({ held: ['prince2-foundation'] })).verdict.kind, 'needs-credential');
});

test('ranking is deterministic and covers every credential', () => {
  const p = profile({ stage: 'senior-pm', education: 'postgraduate', monthsLeading: 90, monthsWork: 120 });
  const a = rankCertifications(certs, p).map((x) => x.cert.id);
  const b = rankCertifications([...certs].reverse(), p).map((x) => x.cert.id);
  assert.deepEqual(a, b);
  assert.equal(a.length, certs.length);
});

test('every eligibility verdict comes with at least one fact', () => {
  for (const p of [profile({}), profile({ education: 'bachelor', monthsLeading: 40, trainingHours: 35 })]) {
    for (const c of certs) assert.ok(evaluateEligibility(c, p).facts.length > 0, c.id);
  }
});

test('nothing a reader already holds is ever a pick', () => {
  const all = certs.map((c) => c.id);
  const p = profile({ held: all, stage: 'portfolio', education: 'postgraduate', monthsWork: 300, monthsLeading: 200, monthsProgramme: 120 });
  assert.deepEqual(topPicks(certs, p), []);
});
