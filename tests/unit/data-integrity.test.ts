import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { checkContent } from '../../build/integrations/content-integrity.ts';

const fixture = (name: string) => join(import.meta.dirname, '../fixtures/integrity', name);

test('roles and certifications in the valid fixture pass', () => {
  assert.deepEqual(checkContent(fixture('valid')), []);
});

test('a role naming an unknown certification fails, naming file, role and field', () => {
  assert.deepEqual(checkContent(fixture('role-unknown-cert')), [
    'src/content/roles/rung-one.yaml: "rung-one" field "certifications[1]" refers to unknown certification "cert-zz"',
  ]);
});

test('a role pointing to a missing next role fails (and so the ladder no longer reaches the top)', () => {
  assert.deepEqual(checkContent(fixture('role-missing-next')), [
    'src/content/roles/rung-one.yaml: role "rung-one" field "moves[0].to" points to missing role "rung-three"',
    'src/content/roles/rung-one.yaml: role "rung-one" field "moves" never leads to the top rung "rung-two"',
  ]);
});

test('an entry route that never reaches the ladder fails', () => {
  assert.deepEqual(checkContent(fixture('role-entry-stranded')), [
    'src/content/roles/entry-one.yaml: role "entry-one" field "moves[0].to" points to itself',
    'src/content/roles/entry-one.yaml: entry route "entry-one" field "moves" never reaches the ladder',
  ]);
});

test('a certification prerequisite naming an unknown credential fails', () => {
  assert.deepEqual(checkContent(fixture('cert-unknown-ref')), [
    'src/content/certifications/cert-b.yaml: "cert-b" field "prerequisites.paths[0].requiresOneOf[1]" refers to unknown certification "capm-old"',
  ]);
});

test('one statistic, one value: two current records of one series fail', () => {
  assert.deepEqual(checkContent(fixture('market-two-values')), [
    'src/content/market/pay-2023.yaml and src/content/market/pay-2024.yaml: two current figures for one series "example-median-pay": keep the newer and mark the other as history (or delete it)',
  ]);
});

test('a market record shown nowhere fails', () => {
  assert.deepEqual(checkContent(fixture('market-unused')), [
    'src/content/market/pay-2024.yaml: figure "pay-2024" is shown nowhere: render it with <MarketFigure id="pay-2024" /> in a page or list it in a role\'s "pay", or delete it',
  ]);
});

test('a summary stating as certain what the data marks unconfirmed fails', () => {
  assert.deepEqual(checkContent(fixture('claim-unconfirmed')), [
    'src/content/certifications/cert-a.yaml field "summary" states "It never expires." as certain, but the Cert A fact "renewal" is not confirmed: say it is reported or not confirmed, or drop it',
  ]);
});
