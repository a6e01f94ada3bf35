import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import contentIntegrity, { checkDataSchemas } from '../../build/integrations/content-integrity.ts';
import { buildFactsReport, formatFactsReport, type FactRecord } from '../../src/lib/facts/report.ts';
import { formatDay, formatSourceDate, isOverdue, provenanceIssues, type Fact } from '../../src/lib/facts/provenance.ts';
import { isCitable, isIndependent, isOfficial, officialDomain } from '../../src/lib/facts/sources.ts';

const fixture = (name: string) => join(import.meta.dirname, '../fixtures/facts', name);
const BUILD_DAY = '2026-11-25';
const check = (name: string) => checkDataSchemas(fixture(name), undefined, BUILD_DAY);

test('the valid fixture passes the provenance rules', () => {
  assert.deepEqual(check('valid'), []);
});

test('a figure stated as confirmed on an independent source fails, naming file and field', () => {
  assert.deepEqual(check('independent-stated-plainly'), [
    'src/content/market/pay.yaml: field "source.kind" is "independent", but a fact stated as confirmed needs an official source (the issuer or a statistics body); set status to "reported" instead',
  ]);
});

test('an "official" source on a domain outside the allowlist fails', () => {
  assert.deepEqual(check('off-allowlist'), [
    'src/content/certifications/cert-a.yaml: field "facts[1].source.url" (pmp-prep.example.org) is not an issuer or statistics body on the allowlist in src/lib/facts/sources.ts; training vendors, exam-preparation sites, forums and SEO relays are never sources',
  ]);
});

test('"checked" after the build date fails', () => {
  assert.deepEqual(check('checked-after-build'), [
    'src/content/certifications/cert-a.yaml: field "prerequisites.provenance.checked" (2026-12-24) is after the build date 2026-11-25: "checked" is the day someone compared the value with its source',
  ]);
  // The same file is fine once the build date has caught up: the rule compares with the build date, not a constant.
  assert.deepEqual(checkDataSchemas(fixture('checked-after-build'), undefined, '2026-12-24'), []);
});

test('a missing reviewBy fails', () => {
  assert.deepEqual(check('missing-review-by'), ['src/content/market/pay.yaml: field "reviewBy" is required (a date, YYYY-MM-DD)']);
});

test('a training vendor is never a source, not even as an independent one; an independent source needs a reason', () => {
  assert.deepEqual(check('vendor-source'), [
    'src/content/certifications/cert-a.yaml: field "facts[0].source.url" (pmtraining.com) is not an approved independent publisher in src/lib/facts/sources.ts (a national newspaper, a professional body, the issuer\'s press release); training vendors, exam-preparation sites, forums and SEO relays are never sources',
  ]);
  assert.deepEqual(check('independent-without-reason'), [
    'src/content/certifications/cert-a.yaml: field "facts[0].source.reason" is required for an independent source: say why it is used and what it is',
  ]);
});

test('a market figure that does not say what it measures fails: period, country and occupation code are part of its words', () => {
  assert.deepEqual(check('hidden-scope'), [
    'src/content/market/pay.yaml: field "inWords" must name the reference period "May 2024": a figure is never shown without it',
    'src/content/market/pay.yaml: field "inWords" must name the country (US): a figure is never shown without it',
    'src/content/market/pay.yaml: field "inWords" must name the occupation code 99-9999 (SOC 2018), here or in the value',
  ]);
});

test('the Astro integration stops the build on a provenance failure', () => {
  const hook = contentIntegrity({ chapterRules: false }).hooks['astro:config:setup'] as (o: unknown) => void;
  assert.throws(() => hook({ config: { root: pathToFileURL(fixture('off-allowlist') + '/') } }), /not an issuer or statistics body on the allowlist/);
});

test('the allowlist matches subdomains but not look-alikes; only issuers, statistics bodies and approved publishers are citable', () => {
  assert.equal(officialDomain('https://support.scrumalliance.org/hc/x'), 'scrumalliance.org');
  assert.equal(isOfficial('https://www.bls.gov/ooh/x.htm'), true);
  assert.equal(isOfficial('https://pmi.org.example.com/'), false);
  assert.equal(isOfficial('https://notpmi.org/'), false);
  assert.equal(isOfficial('javascript:alert(1)'), false);
  assert.equal(isIndependent('https://www.thisdaylive.com/2025/05/22/x'), true);
  for (const vendor of [
    'https://www.pmtraining.com/x',
    'https://growacto.com/x',
    'https://www.project-management-prepcast.com/x',
    'https://plainworkforce.com/x',
    'https://pmp-answers.pages.dev/q',
  ]) {
    assert.equal(isCitable(vendor), false, vendor);
  }
});

const base: Fact = {
  status: 'confirmed',
  value: '60 PDUs every three years',
  source: { url: 'https://www.pmi.org/x', publisher: 'PMI', kind: 'official', date: 'undated' },
  checked: '2026-11-01',
  reviewBy: '2027-05-01',
};

test('provenance rules: not-found carries no value or source; reported cannot cite an official page; https only', () => {
  assert.deepEqual(provenanceIssues(base, BUILD_DAY), []);
  const paths = (f: Fact) => provenanceIssues(f, BUILD_DAY).map((i) => i.path.join('.'));
  assert.deepEqual(paths({ ...base, status: 'not-found' }), ['value', 'source']);
  assert.deepEqual(paths({ ...base, status: 'reported' }), ['status']);
  assert.deepEqual(paths({ ...base, source: { ...base.source!, url: 'http://www.pmi.org/x' } }), ['source.url']);
  assert.deepEqual(paths({ ...base, reviewBy: '2026-10-01' }), ['reviewBy']);
  assert.deepEqual(paths({ ...base, source: { ...base.source!, date: 'last spring' } }), ['source.date']);
});

test('dates for readers come from the data, formatted in British style', () => {
  assert.equal(formatDay('2026-07-09'), '9 July 2026');
  assert.equal(formatSourceDate('undated'), 'undated');
  assert.equal(formatSourceDate('2024-05'), 'dated May 2024');
  assert.equal(formatSourceDate('2023-11-07'), 'dated 7 November 2023');
  assert.equal(isOverdue({ reviewBy: '2027-02-25' }, '2027-02-25'), false);
  assert.equal(isOverdue({ reviewBy: '2027-02-25' }, '2027-02-26'), true);
});

const record = (where: string, over: Partial<FactRecord>): FactRecord => ({ where, label: where, ...base, ...over });

test('the facts report lists the stalest first and counts kinds and overdue facts for a fixed today', () => {
  const records = [
    record('b.yaml#fee', { reviewBy: '2027-05-01' }),
    record('a.yaml#exam', {
      reviewBy: '2027-02-01',
      status: 'reported',
      source: { url: 'https://www.thisdaylive.com/x', publisher: 'X', kind: 'independent', date: '2026', reason: 'because' },
    }),
    record('c.yaml#fee', { status: 'not-found', value: null, source: null, reviewBy: '2026-12-01' }),
  ];
  const early = buildFactsReport(records, '2026-11-25');
  assert.deepEqual(
    early.rows.map((r) => r.where),
    ['c.yaml#fee', 'a.yaml#exam', 'b.yaml#fee'],
  );
  assert.deepEqual(early.counts, { total: 3, official: 1, independent: 1, notFound: 1, overdue: 0 });
  const late = buildFactsReport(records, '2027-03-01');
  assert.equal(late.counts.overdue, 2);
  assert.deepEqual(
    late.rows.filter((r) => r.overdue).map((r) => r.where),
    ['c.yaml#fee', 'a.yaml#exam'],
  );
  const text = formatFactsReport(late);
  assert.match(text, /3 facts: 1 official, 1 independent, 1 not found; 2 overdue for review \(today 2027-03-01\)\./);
  assert.match(text, /a\.yaml#exam.*<< OVERDUE/);
});

test('a glossary entry may not state an unconfirmed fact as certain; a hedged sentence or one about something else is fine', async () => {
  const { unconfirmedClaims } = await import('../../src/lib/facts/claims.ts');
  const claims = (text: string, onlyNaming = false) =>
    unconfirmedClaims({ short: 'PSM I', unconfirmed: ['renewal', 'version-5'], texts: [{ where: 'glossary/psm.yaml', text, onlyNaming }] });
  assert.equal(claims('PSM I never expires, so it is cheap.').length, 1);
  assert.equal(claims('PSM I is reported never to expire; check Scrum.org.').length, 0);
  assert.equal(claims('The exam has no renewal. It is about Scrum.', true).length, 0, 'a sentence that does not name the credential, in another entry');
  assert.equal(claims('PSM I has no renewal.', true).length, 1);
  assert.match(claims('PSM I never expires.')[0]!, /states "PSM I never expires\." as certain, but the PSM I fact "renewal" is not confirmed/);
});
