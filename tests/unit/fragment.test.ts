import { test } from 'node:test';
import assert from 'node:assert/strict';
import { profileFromUrl, ratedFromUrl, ratedParams, readUrlState, urlWithState, RATING_KEYS } from '../../src/lib/fragment.ts';
import { decodeApplied, encodeApplied } from '../../src/lib/evidence.ts';
import { emptyRatings } from '../../src/lib/assessment.ts';
import { encodeProfile, isValidProfile, PROFILE_KEYS } from '../../src/lib/certs/profile.ts';
import { certifications } from './support/data.ts';

const known = certifications().map((c) => c.id);

test('ratings: the fragment is read, old ?r= links still open and are flagged for rewriting', () => {
  assert.deepEqual(ratedFromUrl('', '#r=33332223332').self!.levels.planning, 3);
  assert.equal(ratedFromUrl('', '#r=33332223332').fromQuery, false);
  const old = ratedFromUrl('?r=44444444444', '');
  assert.deepEqual([old.self!.levels.risk, old.fromQuery], [4, true]);
  // The fragment wins over the query string.
  assert.equal(ratedFromUrl('?r=44444444444', '#r=11111111111').self!.levels.risk, 1);
  // A heading anchor is not state; garbage is nothing rated.
  assert.deepEqual(ratedFromUrl('', '#results-h'), { self: null, manager: null, fromQuery: false });
  assert.equal(ratedFromUrl('', '#r=%3Cimg%20src=x%3E').self, null);
  assert.equal(ratedParams({ levels: emptyRatings(), applied: [] }), '');
  assert.equal(ratedParams({ levels: { ...emptyRatings(), data: 2 }, applied: [] }), 'r=00000000002');
});

test("ratings links carry applied marks and a manager's ratings compactly, and round-trip", () => {
  const self = { levels: { ...emptyRatings(), planning: 3, risk: 4, data: 2 }, applied: ['planning', 'data'] as const };
  const manager = { levels: { ...emptyRatings(), planning: 4, risk: 3 }, applied: ['risk'] as const };
  const params = ratedParams({ ...self, applied: [...self.applied] }, { ...manager, applied: [...manager.applied] });
  assert.ok(params.length <= 60, `short: ${params}`);
  assert.match(params, /^r=\d{11}&a=[0-9a-z]{1,3}&m=\d{11}&ma=[0-9a-z]{1,3}$/);
  const back = ratedFromUrl('', `#${params}`);
  assert.deepEqual(back.self, { ...self, applied: [...self.applied] });
  assert.deepEqual(back.manager, { ...manager, applied: [...manager.applied] });
  // Every skill applied fits in three characters; a mark on an unrated skill, or garbage, is dropped.
  assert.ok(
    encodeApplied([
      'planning',
      'delivery-methods',
      'risk',
      'communication',
      'leadership',
      'stakeholders',
      'finance',
      'strategy',
      'governance',
      'technical',
      'data',
    ]).length <= 3,
  );
  assert.deepEqual(decodeApplied(encodeApplied(['finance']), emptyRatings()), []);
  for (const bad of ['zzzz', '-1', '!!', '<b>', 'zzz', '']) assert.deepEqual(decodeApplied(bad, { ...emptyRatings(), planning: 1 }), [], bad);
});

test("urlWithState moves the page's keys from the query string to the fragment and keeps the rest", () => {
  assert.equal(
    urlWithState('https://x.test/tools/self-assessment/?r=44444444444', 'r=11111111111', RATING_KEYS),
    'https://x.test/tools/self-assessment/#r=11111111111',
  );
  assert.equal(urlWithState('https://x.test/a/?utm=1&r=4#old', 'r=2', RATING_KEYS), 'https://x.test/a/?utm=1#r=2');
  assert.equal(urlWithState('https://x.test/a/#r=2', '', RATING_KEYS), 'https://x.test/a/');
  assert.equal(urlWithState('not a url', 'r=2', RATING_KEYS), 'not a url');
});

test('chooser: profile from the fragment or an old query link, and whether the link chose a stage', () => {
  const p = profileFromUrl('', '#stage=project-manager&edu=bachelor&lead=40', known);
  assert.deepEqual(
    [p.profile.stage, p.profile.education, p.profile.monthsLeading, p.stageGiven, p.fromQuery],
    ['project-manager', 'bachelor', 40, true, false],
  );
  const old = profileFromUrl('?edu=bachelor', '#compare', known);
  assert.deepEqual([old.profile.education, old.stageGiven, old.fromQuery], ['bachelor', false, true]);
  // Round trip through the fragment form.
  const again = profileFromUrl('', `#${encodeProfile(p.profile).slice(1)}`, known);
  assert.deepEqual(again.profile, p.profile);
});

const pieces = [
  'r',
  'stage',
  'edu',
  'lead',
  'held',
  '=',
  '&',
  '#',
  '?',
  '%',
  '%E0%A4%A',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '__proto__',
  'constructor',
  '33333333333',
  '5'.repeat(12),
  '١٢٣',
  '\u202e',
  '\u0000',
  '\n',
  'pmi-pmp',
  'project-manager',
  'javascript:alert(1)',
  ' ',
];

test('fuzz: 2,000 hostile fragments and query strings never throw and always give valid state', () => {
  let seed = 11;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const gen = () => Array.from({ length: Math.floor(rand() * 10) }, () => pieces[Math.floor(rand() * pieces.length)]).join(rand() < 0.5 ? '' : '=');
  for (let i = 0; i < 2000; i++) {
    let search: unknown = (rand() < 0.5 ? '?' : '') + gen();
    let hash: unknown = (rand() < 0.5 ? '#' : '') + gen();
    if (rand() < 0.05) hash = String.fromCharCode(...Array.from({ length: 300 }, () => Math.floor(rand() * 0xffff)));
    if (rand() < 0.03) search = [undefined, null, 42, {}][Math.floor(rand() * 4)];
    const r = ratedFromUrl(search, hash);
    for (const side of [r.self, r.manager])
      for (const v of Object.values(side?.levels ?? {})) assert.ok(Number.isInteger(v) && v >= 0 && v <= 5, `${String(search)} ${String(hash)}`);
    const p = profileFromUrl(search, hash, known);
    assert.ok(isValidProfile(p.profile, known));
    const state = readUrlState(search, hash, PROFILE_KEYS);
    assert.ok(state.params.length <= 12_000);
    assert.doesNotThrow(() => urlWithState(`https://x.test/p/${String(search)}${String(hash)}`, state.params, PROFILE_KEYS));
  }
  assert.ok(isValidProfile(profileFromUrl('', '#held=' + 'pmi-pmp,'.repeat(100_000), known).profile, known));
});
