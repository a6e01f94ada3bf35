import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_PROFILE, decodeProfile, encodeProfile, isValidProfile, parseCount, type Profile } from '../../src/lib/certs/profile.ts';

const known = ['pmi-capm', 'pmi-pmp', 'scrumorg-psm-i', 'prince2-foundation'];

test('a full profile round-trips through the URL', () => {
  const p: Profile = {
    stage: 'senior-pm',
    education: 'bachelor',
    monthsWork: 120,
    monthsLeading: 40,
    monthsAgile: 12,
    monthsProgramme: 6,
    monthsPortfolio: 18,
    trainingHours: 35,
    held: ['pmi-capm', 'scrumorg-psm-i'],
    method: 'agile',
    region: 'uk',
    sector: 'public-sector',
    goal: 'lead-projects',
  };
  assert.deepEqual(decodeProfile(encodeProfile(p), known), p);
  assert.equal(encodeProfile({ ...DEFAULT_PROFILE, held: [] }), '');
});

test('bad values fall back per field, good ones are kept', () => {
  const p = decodeProfile('?stage=ceo&edu=bachelor&lead=-5&agile=12.5&hours=99999999&held=pmi-pmp,evil,pmi-pmp&region=<b>&goal=lead-projects', known);
  assert.equal(p.stage, DEFAULT_PROFILE.stage);
  assert.equal(p.education, 'bachelor');
  assert.equal(p.monthsLeading, 0);
  assert.equal(p.monthsAgile, 0);
  assert.equal(p.trainingHours, 0);
  assert.deepEqual(p.held, ['pmi-pmp']);
  assert.equal(p.region, DEFAULT_PROFILE.region);
  assert.equal(p.goal, 'lead-projects');
  assert.equal(decodeProfile('?lead=9999', known).monthsLeading, 600);
});

test('parseCount accepts whole numbers only', () => {
  assert.equal(parseCount('42', 100), 42);
  assert.equal(parseCount(' 7 ', 100), 7);
  assert.equal(parseCount('1e3', 100), 0);
  assert.equal(parseCount('0x10', 100), 0);
  assert.equal(parseCount('', 100), 0);
  assert.equal(parseCount(null, 100), 0);
  assert.equal(parseCount('500', 100), 100);
});

// A small deterministic PRNG so a failure can be reproduced from the seed.
function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}
const pieces = [
  'stage',
  'edu',
  'lead',
  'agile',
  'prog',
  'work',
  'hours',
  'held',
  'method',
  'region',
  'sector',
  'goal',
  '__proto__',
  'constructor',
  'pmi-pmp',
  'bachelor',
  'uk',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '%00',
  '%',
  '%E0%A4%A',
  '&&&',
  '===',
  '?',
  '#',
  '١٢٣',
  '𝟘',
  '\u202e',
  'ℌ',
  '9'.repeat(40),
  '-1',
  '1.5',
  'NaN',
  'Infinity',
  ' ',
  '+',
  ',',
  ',,,',
  'javascript:alert(1)',
  '\n',
  '\u0000',
];

test('fuzz: 1,000 generated query strings never throw and always give a valid, stable profile', () => {
  const rand = rng(20261125);
  for (let i = 0; i < 1000; i++) {
    let q = rand() < 0.5 ? '?' : '';
    const n = Math.floor(rand() * 12);
    for (let j = 0; j < n; j++) {
      const k = pieces[Math.floor(rand() * pieces.length)]!;
      const v = pieces[Math.floor(rand() * pieces.length)]!;
      q += `${j ? (rand() < 0.9 ? '&' : ';') : ''}${k}${rand() < 0.9 ? '=' : ''}${rand() < 0.3 ? encodeURIComponent(v) : v}`;
    }
    if (rand() < 0.05) q = String.fromCharCode(...Array.from({ length: 200 }, () => Math.floor(rand() * 0xffff)));
    let p: Profile;
    assert.doesNotThrow(() => (p = decodeProfile(q, known)), q);
    assert.ok(isValidProfile(p!, known), `invalid profile from ${JSON.stringify(q)}`);
    // Decoding what we encode gives the same profile (the URL is canonical).
    assert.deepEqual(decodeProfile(encodeProfile(p!), known), p!, q);
    // Nothing from the input survives as markup.
    for (const v of Object.values(p!).flat()) assert.doesNotMatch(String(v), /[<>"'&]/);
  }
});

test('non-string and enormous inputs are handled', () => {
  assert.ok(isValidProfile(decodeProfile(undefined as unknown as string, known), known));
  assert.ok(isValidProfile(decodeProfile('held=' + 'pmi-pmp,'.repeat(100_000), known), known));
});
