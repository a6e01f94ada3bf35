import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkDataSchemas } from '../../build/integrations/content-integrity.ts';
import { certificationSchemaFor } from '../../src/schemas/certification.ts';
import { formatIssues } from '../../src/schemas/fact.ts';
import { renewalInfo, renewalRuleIssues, statesCycle, type RenewalRule } from '../../src/lib/renewal-rule.ts';
import { computeRenewal, readRule } from '../../src/lib/renewals.ts';
import { loadCertificationFiles } from './support/data.ts';

const BUILD_DAY = '2026-12-07';
const fixture = (name: string) => join(import.meta.dirname, '../fixtures/facts', name);

test('every credential whose renewal its issuer confirms has a structured rule, and no other credential has one', () => {
  const certs = loadCertificationFiles();
  const confirmed = certs.filter((c) => c.facts.find((f) => f.id === 'renewal')?.status === 'confirmed').map((c) => c.id);
  const ruled = certs.filter((c) => c.renewalRule).map((c) => c.id);
  assert.deepEqual(ruled, confirmed);
  assert.deepEqual(ruled, [
    'apm-chpp',
    'ipma-levels',
    'itil-4-foundation',
    'peoplecert-msp',
    'pmi-acp',
    'pmi-capm',
    'pmi-pfmp',
    'pmi-pgmp',
    'pmi-pmp',
    'pmi-sp',
    'prince2-agile',
    'prince2-foundation',
    'prince2-practitioner',
    'safe-agilist',
    'safe-scrum-master',
    'scrumalliance-csm',
  ]);
  for (const c of certs.filter((x) => x.renewalRule)) {
    assert.equal(c.renewalRule!.fact, 'renewal', c.id);
    assert.equal(readRule(c.renewalRule).ok, true, c.id);
    assert.equal(computeRenewal(c.renewalRule, '2020-02-29', BUILD_DAY).status, 'ok', c.id);
  }
});

test('the rules say what the issuers confirm: PMI talent triangle areas only for the CAPM, whose fact names them', () => {
  const byId = new Map(loadCertificationFiles().map((c) => [c.id, c.renewalRule]));
  assert.deepEqual(byId.get('pmi-pmp'), {
    fact: 'renewal',
    cycleYears: 3,
    units: 'PDUs',
    unitsRequired: 60,
    areas: [],
    feeFact: 'renewal-fee',
    routes: [],
    conditions: [],
  });
  assert.deepEqual(
    byId.get('pmi-capm')!.areas.map((a) => [a.name, a.min, a.max]),
    [
      ['Ways of Working', 2, undefined],
      ['Power Skills', 2, undefined],
      ['Business Acumen', 2, undefined],
      ['Giving Back', undefined, 6],
    ],
  );
  assert.deepEqual(byId.get('scrumalliance-csm'), {
    fact: 'renewal',
    cycleYears: 2,
    units: 'SEUs',
    unitsRequired: 20,
    areas: [],
    fee: 'a US$100 fee',
    routes: ['earning another Scrum Alliance certification'],
    conditions: [],
  });
  assert.equal(byId.get('ipma-levels')!.units, undefined);
  assert.equal(byId.get('pmi-rmp'), undefined);
});

test('a rule at odds with its confirmed fact fails the build, naming the file and each field', () => {
  assert.deepEqual(checkDataSchemas(fixture('valid'), undefined, BUILD_DAY), []);
  assert.deepEqual(checkDataSchemas(fixture('renewal-rule-mismatch'), undefined, BUILD_DAY), [
    'src/content/certifications/cert-a.yaml: field "renewalRule.cycleYears" (2) is not the cycle stated in the words of fact "renewal"',
    'src/content/certifications/cert-a.yaml: field "renewalRule.units" ("SEUs") is not the unit named in the words of fact "renewal"',
    'src/content/certifications/cert-a.yaml: field "renewalRule.unitsRequired" (12) does not appear in the words of fact "renewal"',
    'src/content/certifications/cert-a.yaml: field "renewalRule.areas[0].name" ("Power Skills") does not appear in the words of fact "renewal"',
    'src/content/certifications/cert-a.yaml: field "renewalRule.areas[0].min" (2) does not appear in the words of fact "renewal"',
    'src/content/certifications/cert-a.yaml: field "renewalRule.routes[0]" ("passing another exam") is not quoted from the words of fact "renewal"',
    'src/content/certifications/cert-a.yaml: field "renewalRule.feeFact" names "renewal-fee", which is not a fact of this credential',
  ]);
});

test('a rule for a renewal no issuer confirms fails: readers are told it is not confirmed instead', () => {
  assert.deepEqual(checkDataSchemas(fixture('renewal-rule-unconfirmed'), undefined, BUILD_DAY), [
    'src/content/certifications/cert-a.yaml: field "renewalRule.fact" names "renewal", whose status is "not-found": a structured renewal rule needs a fact confirmed by the issuer; remove renewalRule (readers are told the rule is not confirmed by PMI)',
  ]);
});

const base = parse(readFileSync(join(fixture('valid'), 'src/content/certifications/cert-a.yaml'), 'utf8')) as Record<string, unknown>;
const errors = (renewalRule: unknown) => {
  const r = certificationSchemaFor(BUILD_DAY).safeParse({ ...base, renewalRule });
  return r.success ? [] : formatIssues('cert-a.yaml', r.error.issues);
};

test('the schema refuses malformed rules field by field', () => {
  assert.deepEqual(errors({ cycleYears: 3, units: 'PDUs', unitsRequired: 10 }), []);
  assert.match(errors({ cycleYears: 0 }).join('\n'), /field "renewalRule.cycleYears"/);
  assert.match(errors({ cycleYears: 3, units: 'points', unitsRequired: 10 }).join('\n'), /field "renewalRule.units"/);
  assert.match(errors({ cycleYears: 3, units: 'PDUs', unitsRequired: 10, cycle: 3 }).join('\n'), /field "renewalRule"[^\n]*cycle/);
  assert.deepEqual(errors({ cycleYears: 3, units: 'PDUs' }), [
    'cert-a.yaml: field "renewalRule.unitsRequired" is required when the other of "units" and "unitsRequired" is given',
  ]);
  assert.deepEqual(errors({ cycleYears: 3, fact: 'fee' }), [
    'cert-a.yaml: field "renewalRule.fact" names "fee", whose status is "reported": a structured renewal rule needs a fact confirmed by the issuer; remove renewalRule (readers are told the rule is not confirmed by PMI)',
  ]);
  assert.deepEqual(errors({ cycleYears: 3, fact: 'exam' }), ['cert-a.yaml: field "renewalRule.fact" names "exam", which is not a fact of this credential']);
  assert.deepEqual(errors({ cycleYears: 3, feeFact: 'renewal' }), [
    'cert-a.yaml: field "renewalRule.feeFact" is the rule\'s own fact "renewal": quote its words in "fee" instead',
  ]);
});

const FACTS = [
  {
    id: 'renewal',
    status: 'confirmed',
    value:
      '15 PDUs every three years: at least 9 in Education, no more than 6 in Giving Back, and at least 2 in each Talent Triangle area (Ways of Working, Power Skills and Business Acumen)',
  },
];
const rule = (r: Partial<RenewalRule>): RenewalRule => ({
  fact: 'renewal',
  cycleYears: 3,
  units: 'PDUs',
  unitsRequired: 15,
  areas: [],
  routes: [],
  conditions: [],
  ...r,
});

test('area checks: unique names, a minimum or maximum each, and limits that fit inside the total', () => {
  assert.deepEqual(
    renewalRuleIssues(
      rule({
        areas: [
          { name: 'Power Skills', min: 2 },
          { name: 'power  skills', min: 2 },
        ],
      }),
      FACTS,
      'PMI',
    ).map((i) => i.path.join('.')),
    ['areas.1.name'],
  );
  assert.deepEqual(
    renewalRuleIssues(rule({ areas: [{ name: 'Giving Back' }] }), FACTS, 'PMI').map((i) => i.message),
    ['needs "min" or "max"'],
  );
  assert.deepEqual(
    renewalRuleIssues(
      rule({ unitsRequired: 6, areas: [{ name: 'Education', min: 9 }] }),
      [{ ...FACTS[0]!, value: '6 PDUs every three years, at least 9 in Education' }],
      'PMI',
    ).map((i) => i.path.join('.')),
    ['areas.0.min', 'areas'],
  );
  assert.deepEqual(
    renewalRuleIssues(rule({ units: undefined, unitsRequired: undefined, areas: [{ name: 'Giving Back', max: 6 }] }), FACTS, 'PMI').map((i) =>
      i.path.join('.'),
    ),
    ['areas'],
  );
  assert.deepEqual(renewalRuleIssues(rule({ conditions: ['at least 9 in Education'] }), FACTS, 'PMI'), []);
});

test('numbers are matched whole: 15 is not found inside 150 or 1.5', () => {
  const facts = [{ id: 'renewal', status: 'confirmed', value: '150 PDUs, or 1.5 a month, every three years' }];
  assert.deepEqual(
    renewalRuleIssues(rule({}), facts, 'PMI').map((i) => i.path.join('.')),
    ['unitsRequired'],
  );
  assert.deepEqual(renewalRuleIssues(rule({ unitsRequired: 150 }), facts, 'PMI'), []);
});

test('cycle words: digits, words, hyphenated and yearly forms', () => {
  assert.equal(statesCycle('60 PDUs every three years', 3), true);
  assert.equal(statesCycle('the next two-year cycle', 2), true);
  assert.equal(statesCycle('Every 2 years', 2), true);
  assert.equal(statesCycle('35 hours of CPD a year', 1), true);
  assert.equal(statesCycle('valid for five years', 5), true);
  assert.equal(statesCycle('valid for five years', 3), false);
  assert.equal(statesCycle('within thirty years', 3), false);
});

test('renewalInfo: the rule where the issuer confirms it; otherwise null, with the issuer to name and link', () => {
  const certs = new Map(loadCertificationFiles().map((c) => [c.id, c]));
  const pmp = renewalInfo(certs.get('pmi-pmp')!);
  assert.equal(pmp.rule?.unitsRequired, 60);
  assert.deepEqual([pmp.fact?.status, pmp.fact?.value, pmp.fact?.source?.publisher], ['confirmed', '60 PDUs every three years', 'PMI']);
  assert.deepEqual([pmp.feeFact?.id, pmp.feeFact?.status, pmp.feeFact?.value], ['renewal-fee', 'not-found', null]);
  const rmp = renewalInfo(certs.get('pmi-rmp')!);
  assert.deepEqual([rmp.rule, rmp.issuer, rmp.issuerUrl.startsWith('https://'), rmp.fact?.status], [null, 'PMI', true, 'not-found']);
  assert.equal(renewalInfo(certs.get('apm-chpp')!).feeFact?.id, 'annual-fee');
  // The whole list stays small enough to embed in a page.
  assert.ok(JSON.stringify([...certs.values()].map(renewalInfo)).length < 30_000);
});
