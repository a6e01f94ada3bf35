import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyRatings, type Ratings } from '../../src/lib/ratings.ts';
import { MAX_EVIDENCE_LENGTH, validateAssessment, type Rated } from '../../src/lib/evidence.ts';
import { compareViews, REVIEW } from '../../src/lib/review.ts';
import { RATINGS, checkImport, isEmptyRecord } from '../../src/lib/records.ts';
import { APP_ID, keyOf, parseRecord, planWrite, serialiseRecord } from '../../src/lib/store.ts';
import { SKILL_IDS, SKILL_LABELS } from '../../src/lib/ladder/skill-ids.ts';

const levels = (p: Partial<Ratings>): Ratings => ({ ...emptyRatings(), ...p });
const rated = (p: Partial<Ratings>, applied: Rated['applied'] = []): Rated => ({ levels: levels(p), applied });

test('ratings saved in format 1 read as format 2 without loss, and are saved as format 2 on the next change', () => {
  const v1 = JSON.stringify({
    app: APP_ID,
    record: 'ratings',
    version: 1,
    rev: 4,
    savedAt: '2026-11-01T10:00:00.000Z',
    data: levels({ planning: 3, risk: 5 }),
  });
  const loaded = parseRecord(RATINGS, v1);
  assert.equal(loaded.status, 'ok');
  if (loaded.status !== 'ok') return;
  assert.deepEqual(loaded.data, { levels: levels({ planning: 3, risk: 5 }), applied: [], evidence: {}, manager: null });
  assert.equal(loaded.rev, 4);
  const next = planWrite(
    RATINGS,
    v1,
    (a) => ({ ...a, applied: ['risk' as const], evidence: { risk: 'Ran the risk workshop for the CRM move; two risks closed before go-live.' } }),
    new Date('2026-12-07T09:00:00Z'),
  );
  assert.ok(next.ok);
  if (!next.ok) return;
  const stored = JSON.parse(next.raw) as { version: number; rev: number; data: { levels: Ratings } };
  assert.deepEqual([stored.version, stored.rev, stored.data.levels.risk], [2, 5, 5]);
  // A format the page does not know yet is still "newer", kept as it is.
  assert.equal(parseRecord(RATINGS, v1.replace('"version":1', '"version":3')).status, 'newer');
  // An export file written before evidence existed imports as it always did.
  const imported = checkImport({ ok: true, records: { ratings: levels({ data: 2 }) } });
  assert.ok(imported.ok && imported.records.ratings?.levels.data === 2);
});

test('evidence and applied marks are validated: notes cut on a character boundary, marks only on rated skills', () => {
  const long = `${'x'.repeat(MAX_EVIDENCE_LENGTH - 1)}🎯 tail`;
  const r = validateAssessment({
    levels: levels({ planning: 2 }),
    applied: ['planning', 'risk', 'nonsense', 'planning'],
    evidence: { planning: long, risk: '   ', bogus: 'x' },
    manager: { levels: levels({ planning: 4 }), applied: ['planning'], keptOn: 'yesterday' },
  });
  assert.ok(r.ok);
  if (!r.ok) return;
  assert.deepEqual(r.data.applied, ['planning']);
  assert.equal(r.data.evidence.planning!.length, MAX_EVIDENCE_LENGTH - 1);
  assert.equal('risk' in r.data.evidence, false, 'an empty note is no note');
  assert.deepEqual(r.data.manager, { levels: levels({ planning: 4 }), applied: ['planning'], keptOn: '' });
  for (const bad of [
    null,
    [],
    { levels: { planning: 9 } },
    { levels: levels({}), evidence: 'x' },
    { levels: levels({}), evidence: { planning: 5 } },
    { levels: levels({}), manager: [] },
  ]) {
    const v = validateAssessment(bad);
    assert.equal(v.ok, false, JSON.stringify(bad));
    if (!v.ok) assert.match(v.message, /^[A-Z].*\.$/);
  }
  // A record with a note but no levels still holds something worth keeping.
  assert.equal(isEmptyRecord('ratings', { levels: emptyRatings(), applied: [], evidence: { risk: 'A note' }, manager: null }), false);
});

test('two views: each difference said once, in words for the reader who is reading it', () => {
  const self = rated({ planning: 3, risk: 4, communication: 3, finance: 2, data: 2 }, ['planning', 'risk']);
  const manager = rated({ planning: 3, risk: 2, communication: 4, finance: 2, strategy: 3 }, ['risk', 'finance']);
  const mine = compareViews(self, manager, 'self');
  assert.equal(mine.summary, 'You give the same level on 2 of the 4 skills you have both rated.');
  assert.deepEqual(
    mine.differences.map((d) => d.text),
    [
      `Your manager puts you lower on ${SKILL_LABELS.risk}: 2 where you gave yourself 4.`,
      `Your manager puts you higher on ${SKILL_LABELS.communication}: 4 where you gave yourself 3.`,
      `You left ${SKILL_LABELS.strategy} unrated; your manager puts you at 3.`,
      `Your manager did not rate ${SKILL_LABELS.data}; you gave yourself 2.`,
      `You both put ${SKILL_LABELS.planning} at 3. Only you mark it as applied at work.`,
      `You both put ${SKILL_LABELS.finance} at 2. Only your manager marks it as applied at work.`,
    ],
  );
  const theirs = compareViews(self, manager, 'manager');
  assert.equal(theirs.differences[0]!.text, `You put them lower on ${SKILL_LABELS.risk}: 2 where they gave themselves 4.`);
  assert.equal(theirs.differences.at(-1)!.text, `You both put ${SKILL_LABELS.finance} at 2. Only you mark it as applied at work.`);
  assert.equal(compareViews(rated({}), rated({}), 'self').summary, 'There is no skill you have both rated yet.');
  assert.equal(compareViews(self, self, 'self').summary, 'You give the same level on all 5 skills you have both rated.');
  assert.deepEqual(compareViews(self, self, 'manager').differences, []);
});

test('two views: every pair of levels and marks gives clean sentences (no repeats, no doubled words, labels as written)', () => {
  const levelsOf = [0, 1, 3, 5];
  for (const viewer of ['self', 'manager'] as const) {
    for (const a of levelsOf)
      for (const b of levelsOf)
        for (const aApplied of [false, true])
          for (const bApplied of [false, true]) {
            const own = rated({ leadership: a }, aApplied && a ? ['leadership'] : []);
            const other = rated({ leadership: b }, bApplied && b ? ['leadership'] : []);
            const c = compareViews(own, other, viewer);
            for (const text of [c.summary, ...c.differences.map((d) => d.text)]) {
              assert.match(text, /^[A-Z][^]*\.$/, text);
              assert.doesNotMatch(text, /\s{2}|\.\.|\b(\w+) \1\b|\(\(/, text);
              if (text.includes('eadership')) assert.ok(text.includes(SKILL_LABELS.leadership), `label as written: ${text}`);
            }
            assert.ok(c.differences.length <= 1);
          }
  }
});

test("the manager's review is a record of its own, validated, and never the manager's own ratings", () => {
  assert.notEqual(keyOf(REVIEW), keyOf(RATINGS));
  const raw = serialiseRecord(REVIEW, { theirs: rated({ planning: 3 }, ['planning']), mine: rated({ planning: 4 }) }, { rev: 1, savedAt: '' });
  const r = parseRecord(REVIEW, raw);
  assert.equal(r.status, 'ok');
  for (const bad of [{}, { theirs: {}, mine: {} }, { theirs: { levels: levels({}) }, mine: { levels: { risk: 7 } } }])
    assert.equal(REVIEW.validate(bad).ok, false);
  assert.equal(SKILL_IDS.length, 11);
});
