import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  chaptersByTerm,
  decodeGlossaryFilter,
  encodeGlossaryFilter,
  groupByLetter,
  letterOf,
  matchesFilter,
  rankedMatches,
  rankTerm,
  normaliseText,
} from '../../src/lib/glossary.ts';
import { glossaryTermSchema } from '../../src/schemas/glossary.ts';

const uat = { name: 'User acceptance testing', aliases: ['UAT'], summary: 'Business users confirm the system supports their work.', category: 'delivery' };
const raid = { name: 'RAID log', aliases: ['RAID'], summary: 'One register for risks, assumptions, issues and dependencies.', category: 'governance' };

test('filter matches names, aliases and summaries, case- and accent-insensitively', () => {
  assert.equal(matchesFilter(uat, { query: 'uat', category: '' }), true);
  assert.equal(matchesFilter(uat, { query: 'Acceptance', category: '' }), true);
  assert.equal(matchesFilter(raid, { query: 'assumptions', category: '' }), true);
  assert.equal(matchesFilter(raid, { query: 'ráid', category: '' }), true);
  assert.equal(matchesFilter(raid, { query: 'uat', category: '' }), false);
  assert.equal(matchesFilter(raid, { query: '', category: '' }), true);
  assert.equal(matchesFilter(raid, { query: '   ', category: '' }), true);
});

test('summaries match on word starts only: "uat" finds no term that merely contains "evaluate"', () => {
  const review = {
    name: 'Post-implementation review',
    aliases: ['PIR'],
    summary: 'An evaluation of whether the change delivered its benefits.',
    category: 'governance',
  };
  assert.equal(matchesFilter(review, { query: 'uat', category: '' }), false);
  assert.equal(matchesFilter(review, { query: 'evaluat', category: '' }), true);
});

test('ranking: the whole name or alias, then a name that starts with the query, then name words, then summaries', () => {
  const devops = { name: 'DevOps', aliases: [], summary: 'Development and operations working as one team.', category: 'delivery' };
  const testing = { name: 'Test plan', aliases: [], summary: 'How and when user acceptance testing and other tests will run.', category: 'delivery' };
  assert.equal(rankTerm(uat, 'UAT'), 0);
  assert.equal(rankTerm(uat, 'user acceptance testing'), 0);
  assert.equal(rankTerm(uat, 'user acc'), 1);
  assert.equal(rankTerm(uat, 'acceptance'), 2);
  assert.equal(rankTerm(devops, 'ops'), 3);
  assert.equal(rankTerm(testing, 'acceptance'), 4);
  assert.equal(rankTerm(raid, 'risk register'), 4);
  assert.equal(rankTerm(raid, 'budget'), null);
  assert.equal(rankTerm(raid, '  '), 0);
});

test('rankedMatches lists name and alias matches before summary matches, equal ranks in the order given', () => {
  const testing = { name: 'Test plan', aliases: [], summary: 'How and when user acceptance testing will run.', category: 'delivery' };
  const acceptance = { name: 'Acceptance criteria', aliases: [], summary: 'The conditions a deliverable must meet.', category: 'delivery' };
  const terms = [acceptance, raid, testing, uat].map((data) => ({ data }));
  const names = (query: string, category = '') => rankedMatches(terms, { query, category }).map((t) => t.data.name);
  // A–Z order would put "Acceptance criteria" and "Test plan" first; the term named by the query wins.
  assert.deepEqual(names('user acceptance testing'), ['User acceptance testing', 'Test plan']);
  assert.deepEqual(names('acceptance'), ['Acceptance criteria', 'User acceptance testing', 'Test plan']);
  assert.deepEqual(names(''), ['Acceptance criteria', 'RAID log', 'Test plan', 'User acceptance testing']);
  assert.deepEqual(names('', 'governance'), ['RAID log']);
  assert.deepEqual(names('acceptance', 'governance'), []);
});

test('every word of the query must match', () => {
  assert.equal(matchesFilter(raid, { query: 'risk register', category: '' }), true);
  assert.equal(matchesFilter(raid, { query: 'risk budget', category: '' }), false);
});

test('category narrows the result', () => {
  assert.equal(matchesFilter(raid, { query: '', category: 'governance' }), true);
  assert.equal(matchesFilter(raid, { query: 'raid', category: 'delivery' }), false);
});

test('hostile filter text is just text', () => {
  for (const q of ['<img src=x onerror=alert(1)>', '.*', '(((', '\\', '%', '\u0000', 'a'.repeat(10_000)]) {
    assert.equal(typeof matchesFilter(raid, { query: q, category: '' }), 'boolean');
  }
});

test('decodeGlossaryFilter accepts valid state and falls back on anything else', () => {
  assert.deepEqual(decodeGlossaryFilter('?q=raid&category=governance'), { query: 'raid', category: 'governance' });
  assert.deepEqual(decodeGlossaryFilter('?category=<script>'), { query: '', category: '' });
  assert.equal(typeof decodeGlossaryFilter('?q=%E0%A4%A').query, 'string');
  assert.deepEqual(decodeGlossaryFilter('?q=a&q=b'), { query: 'a', category: '' });
  assert.equal(decodeGlossaryFilter(`?q=${'x'.repeat(5000)}`).query.length, 100);
  assert.equal(decodeGlossaryFilter('?q=a%00b%0Ac').query, 'abc');
  assert.deepEqual(decodeGlossaryFilter(''), { query: '', category: '' });
});

test('encode and decode round-trip', () => {
  for (const f of [
    { query: 'risk register', category: '' },
    { query: '', category: 'agile' },
    { query: 'a&b=c?#', category: 'finance' },
  ]) {
    assert.deepEqual(decodeGlossaryFilter(encodeGlossaryFilter(f)), f);
  }
  assert.equal(encodeGlossaryFilter({ query: ' ', category: '' }), '');
});

test('letters and grouping', () => {
  assert.equal(letterOf('RAID log'), 'R');
  assert.equal(letterOf('élan'), 'E');
  assert.equal(letterOf('3-point estimate'), '#');
  const groups = groupByLetter([{ name: 'risk' }, { name: 'RAID log' }, { name: 'Agile' }, { name: '2FA' }]);
  assert.deepEqual(
    groups.map((g) => g.letter),
    ['#', 'A', 'R'],
  );
  assert.deepEqual(
    groups[2]!.items.map((i) => i.name),
    ['RAID log', 'risk'],
  );
});

test('chaptersByTerm lists each chapter once, in reading order', () => {
  const map = chaptersByTerm([
    { id: 'guide/b', title: 'B', order: 2, body: '<Term id="risk">risk</Term> <Term id="risk">again</Term>' },
    { id: 'guide/a', title: 'A', order: 1, body: '<Term id="risk">risk</Term> <Term id="uat">UAT</Term>' },
  ]);
  assert.deepEqual(
    map.get('risk')!.map((c) => c.id),
    ['guide/a', 'guide/b'],
  );
  assert.deepEqual(
    map.get('uat')!.map((c) => c.id),
    ['guide/a'],
  );
});

test('normaliseText', () => {
  assert.equal(normaliseText('  Hand-off / Handover '), 'hand off handover');
});

test('the term schema names the field that is wrong', () => {
  const good = {
    name: 'X',
    summary: 'A summary that is long enough.',
    definition: 'A definition that is long enough to pass the check.',
    category: 'risk',
    framework: 'general',
  };
  assert.equal(glossaryTermSchema.safeParse(good).success, true);
  const cases: Array<[Record<string, unknown>, string]> = [
    [{ ...good, summary: 'x'.repeat(161) }, 'summary'],
    [{ ...good, category: 'astrology' }, 'category'],
    [{ ...good, related: ['Not An Id'] }, 'related'],
    [{ ...good, colour: 'red' }, ''],
  ];
  for (const [data, field] of cases) {
    const result = glossaryTermSchema.safeParse(data);
    assert.equal(result.success, false);
    if (field) assert.equal(result.error!.issues[0]!.path[0], field);
  }
});
