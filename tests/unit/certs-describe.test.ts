import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describePath, describePrerequisites, listAnd, listOr, type DescribablePath } from '../../src/lib/certs/describe.ts';
import { evaluateEligibility, verdictText } from '../../src/lib/certs/engine.ts';
import { DEFAULT_PROFILE, type Profile } from '../../src/lib/certs/profile.ts';
import { certifications } from './support/data.ts';

const certs = certifications();
const cert = (id: string) => certs.find((c) => c.id === id)!;
const nameOf = (id: string) => cert(id)?.short ?? id;
const profile = (p: Partial<Profile>): Profile => ({ ...DEFAULT_PROFILE, held: [], ...p });
const path = (p: Partial<DescribablePath>): DescribablePath => ({ label: 'x', minEducation: 'none', gacDegree: false, waivedBy: {}, requiresOneOf: [], ...p });

test('lists read as English', () => {
  assert.equal(listAnd(['a']), 'a');
  assert.equal(listAnd(['a', 'b', 'c']), 'a, b and c');
  assert.equal(listOr(['a', 'b']), 'a or b');
});

test('a path is described from its fields, keeping names as written', () => {
  assert.equal(describePath(path({}), nameOf), 'no formal prerequisites');
  assert.equal(
    describePath(path({ minEducation: 'bachelor', monthsLeading: 36, trainingHours: 35, waivedBy: { trainingHours: ['pmi-capm'] } }), nameOf),
    'a four-year degree, 36 months leading projects and 35 hours of project-management training (holding the CAPM counts instead)',
  );
  assert.equal(
    describePath(path({ requiresOneOf: ['prince2-foundation', 'pmi-pmp', 'ipma-levels'] }), nameOf),
    'a pass in one of the PRINCE2 Foundation, PMP or IPMA levels',
  );
  assert.equal(
    describePath(path({ monthsAgile: 24, withinYears: 5, trainingHours: 28, trainingTopic: 'agile' }), nameOf),
    '24 months of agile project experience, all within the last 5 years and 28 hours of agile training',
  );
});

test('the summary of a credential comes from the same paths the engine evaluates', () => {
  const pfmp = cert('pmi-pfmp');
  assert.match(
    describePrerequisites(pfmp.prerequisites.paths, nameOf),
    /^either secondary education .* 84 months managing portfolios.*; or a four-year degree, 96 months of professional work and 48 months managing portfolios/,
  );
  const practitioner = cert('prince2-practitioner');
  const summary = describePrerequisites(practitioner.prerequisites.paths, nameOf);
  // Every credential the summary names is one the engine accepts, and the other way round.
  for (const id of practitioner.prerequisites.paths[0]!.requiresOneOf) {
    assert.ok(summary.includes(nameOf(id)), `${id} missing from "${summary}"`);
    assert.equal(evaluateEligibility(practitioner, profile({ held: [id] }), nameOf).verdict.kind, 'eligible', id);
  }
});

test('programme months and portfolio months are asked and counted separately', () => {
  const pfmp = cert('pmi-pfmp');
  const programmeOnly = profile({ stage: 'programme', education: 'bachelor', monthsWork: 150, monthsProgramme: 120, monthsPortfolio: 0 });
  const pv = evaluateEligibility(pfmp, programmeOnly, nameOf).verdict;
  assert.notEqual(pv.kind, 'eligible', 'programme experience must not count as portfolio experience for the PfMP');
  const withPortfolio = profile({ ...programmeOnly, monthsPortfolio: 48 });
  assert.equal(evaluateEligibility(pfmp, withPortfolio, nameOf).verdict.kind, 'eligible');

  const pgmp = cert('pmi-pgmp');
  const portfolioOnly = profile({ education: 'bachelor', monthsLeading: 60, monthsProgramme: 0, monthsPortfolio: 60 });
  assert.notEqual(evaluateEligibility(pgmp, portfolioOnly, nameOf).verdict.kind, 'eligible', 'portfolio months must not count for the PgMP');
});

test('when a held credential changes a verdict, the verdict names it', () => {
  const pgmp = cert('pmi-pgmp');
  const p = profile({ education: 'bachelor', monthsLeading: 0, monthsProgramme: 48 });
  assert.notEqual(evaluateEligibility(pgmp, p, nameOf).verdict.kind, 'eligible');
  const withPmp = evaluateEligibility(pgmp, { ...p, held: ['pmi-pmp'] }, nameOf);
  assert.equal(withPmp.verdict.kind, 'eligible');
  assert.equal(verdictText(withPmp.verdict, nameOf), 'Eligible now, thanks to the PMP you hold.');
  assert.ok(withPmp.facts.includes('Your PMP counts in place of 48 months leading projects.'), withPmp.facts.join(' | '));

  const acp = evaluateEligibility(cert('pmi-acp'), profile({ education: 'secondary', trainingHours: 28, held: ['pmi-pmp'] }), nameOf);
  assert.equal(verdictText(acp.verdict, nameOf), 'Eligible now, thanks to the PMP you hold.');

  const practitioner = evaluateEligibility(cert('prince2-practitioner'), profile({ held: ['pmi-capm'] }), nameOf);
  assert.equal(verdictText(practitioner.verdict, nameOf), 'Eligible now, thanks to the CAPM you hold.');

  const plain = evaluateEligibility(cert('pmi-capm'), profile({ trainingHours: 23 }), nameOf);
  assert.equal(verdictText(plain.verdict, nameOf), 'Eligible now.');
  // The months alone qualify: the PMP is not credited for what the reader's own experience already meets.
  const enough = evaluateEligibility(pgmp, { ...p, monthsLeading: 48, held: ['pmi-pmp'] }, nameOf);
  assert.equal(verdictText(enough.verdict, nameOf), 'Eligible now.');
});
