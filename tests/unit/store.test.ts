import { test } from 'node:test';
import assert from 'node:assert/strict';
import { APP_ID, isNewer, keyOf, parseRecord, planWrite, serialiseRecord } from '../../src/lib/store.ts';
import { parseBundle, serialiseBundle } from '../../src/lib/bundle.ts';
import { CHOOSER, PLAN, RATINGS, RECORD_NAMES, checkImport, isEmptyRecord, legacyBundle, planMigration, type Plan } from '../../src/lib/records.ts';
import { CREDENTIALS } from '../../src/lib/credentials-record.ts';
import { READING, readCount, setRead } from '../../src/lib/reading.ts';
import { emptyRatings, LEGACY_KEY, type Ratings } from '../../src/lib/assessment.ts';
import { emptyAssessment, type Assessment } from '../../src/lib/evidence.ts';

const NOW = new Date('2026-11-25T10:00:00.000Z');
const LATER = new Date('2026-11-25T10:05:00.000Z');
const ratings = (skills: Partial<Ratings>): Assessment => ({ ...emptyAssessment(), levels: { ...emptyRatings(), ...skills } });

/** A fake localStorage: a Map with the two calls the store's rules need. */
function fakeStorage(entries: Record<string, string> = {}) {
  const map = new Map(Object.entries(entries));
  return {
    map,
    get: (k: string) => map.get(k) ?? null,
    /** Runs a planned write the way src/browser/storage.ts does. */
    write<T>(spec: Parameters<typeof planWrite<T>>[0], update: (c: T) => T, now = NOW, force = false) {
      const plan = planWrite(spec, map.get(keyOf(spec)) ?? null, update, now, force);
      if (plan.ok) map.set(keyOf(spec), plan.raw);
      return plan;
    },
  };
}

test('records round-trip with their revision, and each lives under its own key', () => {
  const s = fakeStorage();
  s.write(RATINGS, () => ratings({ planning: 4 }));
  s.write(PLAN, (p) => ({ ...p, goals: [{ id: 'g1', horizon: 'short' as const, text: 'Lead a retro', status: 'planned' as const, target: '' }] }));
  assert.deepEqual([...s.map.keys()].sort(), ['itpm-career-guide:plan', 'itpm-career-guide:ratings']);
  const r = parseRecord(RATINGS, s.get(keyOf(RATINGS)));
  assert.equal(r.status, 'ok');
  assert.equal(r.status === 'ok' && r.data.levels.planning, 4);
  assert.equal(r.status === 'ok' && r.rev, 1);
  // Clearing the ratings leaves the plan exactly as it was.
  const planBefore = s.get(keyOf(PLAN));
  s.write(RATINGS, () => emptyAssessment(), LATER);
  assert.equal(s.get(keyOf(PLAN)), planBefore);
  const cleared = parseRecord(RATINGS, s.get(keyOf(RATINGS)));
  assert.equal(cleared.status === 'ok' && cleared.rev, 2);
});

test('every write starts from the latest stored copy, so an older copy never overwrites a newer one', () => {
  const s = fakeStorage();
  s.write(RATINGS, () => ratings({ planning: 2 }));
  // Tab A changes risk, tab B (which loaded before A's change) changes data: both changes survive.
  s.write(RATINGS, (r) => ({ ...r, levels: { ...r.levels, risk: 3 } }));
  s.write(RATINGS, (r) => ({ ...r, levels: { ...r.levels, data: 5 } }));
  const r = parseRecord(RATINGS, s.get(keyOf(RATINGS)));
  assert.deepEqual(r.status === 'ok' && [r.data.levels.planning, r.data.levels.risk, r.data.levels.data, r.rev], [2, 3, 5, 3]);
  // The conflict rule for copies arriving from other tabs.
  assert.ok(isNewer({ rev: 4, savedAt: '' }, { rev: 3, savedAt: 'z' }));
  assert.ok(!isNewer({ rev: 3, savedAt: '2026-01-01' }, { rev: 4, savedAt: '2025-01-01' }));
  assert.ok(isNewer({ rev: 4, savedAt: '2026-01-02' }, { rev: 4, savedAt: '2026-01-01' }));
  assert.ok(!isNewer({ rev: 4, savedAt: '2026-01-01' }, { rev: 4, savedAt: '2026-01-01' }));
  assert.ok(isNewer({ rev: 1, savedAt: '' }, null));
});

test('a record in a newer or unreadable format is reported, kept and never overwritten by an ordinary write', () => {
  const newer = JSON.stringify({ app: APP_ID, record: 'ratings', version: 3, rev: 9, savedAt: '', data: { anything: true } });
  const cases: Array<[string, string, RegExp]> = [
    [newer, 'newer', /newer version of this guide \(format 3/],
    ['{not json', 'invalid', /not valid JSON/],
    ['[]', 'invalid', /not a record/],
    [JSON.stringify({ app: 'other', record: 'ratings', version: 1, rev: 1, data: {} }), 'invalid', /not a record/],
    [JSON.stringify({ app: APP_ID, record: 'plan', version: 1, rev: 1, data: {} }), 'invalid', /not a record/],
    [JSON.stringify({ app: APP_ID, record: 'ratings', version: '1', rev: 1, data: {} }), 'invalid', /format this page cannot read/],
    [JSON.stringify({ app: APP_ID, record: 'ratings', version: 1, rev: -1, data: {} }), 'invalid', /revision/],
    [JSON.stringify({ app: APP_ID, record: 'ratings', version: 1, rev: 1, data: { risk: 7 } }), 'invalid', /Risk.*0 to 5/],
  ];
  for (const [raw, status, message] of cases) {
    const loaded = parseRecord(RATINGS, raw);
    assert.equal(loaded.status, status, raw);
    assert.match('message' in loaded ? loaded.message : '', message, raw);
    const s = fakeStorage({ [keyOf(RATINGS)]: raw });
    const w = s.write(RATINGS, () => ratings({ risk: 1 }));
    assert.equal(w.ok, false, raw);
    assert.equal(s.get(keyOf(RATINGS)), raw, 'kept untouched');
  }
  // Only when the reader chooses to start afresh; the new copy's revision is above the old one's.
  const s = fakeStorage({ [keyOf(RATINGS)]: newer });
  const forced = s.write(RATINGS, () => ratings({ risk: 1 }), NOW, true);
  assert.equal(forced.ok && forced.loaded.rev, 10);
  assert.equal(parseRecord(RATINGS, null).status, 'empty');
  assert.equal(parseRecord(RATINGS, '  ').status, 'empty');
});

test('fuzz: 2,000 hostile stored values never throw, and what parses is valid', () => {
  let seed = 20261125;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const values = [
    null,
    true,
    0,
    -1,
    1e308,
    'x',
    '<img src=x onerror=alert(1)>',
    [],
    {},
    { read: ['guide/skills', '../../etc', '<b>'] },
    { __proto__: { polluted: 1 } },
  ];
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  for (let i = 0; i < 2000; i++) {
    const envelope: Record<string, unknown> = {
      app: rand() < 0.9 ? APP_ID : pick(values),
      record: pick(['ratings', 'plan', 'reading', 'chooser', 'x']),
      version: pick([1, 1, 1, 2, 0, '1', null]),
      rev: pick([0, 1, 5, -3, 1.5, 1e13, '2']),
      savedAt: pick(['', NOW.toISOString(), 5]),
    };
    envelope.data =
      rand() < 0.5
        ? pick(values)
        : {
            goals: [
              pick(values),
              {
                id: pick(['g1', 'g1', 'x', 'g99999999']),
                horizon: pick(['short', 'soon']),
                text: pick(['a', 5]),
                status: pick(['done', 'nope']),
                target: pick(['2027-01-31', '2027-13-01', 'x']),
              },
            ],
            read: [pick(values)],
            params: pick(['stage=coordinator', 5]),
            ...Object.fromEntries([['planning', pick([0, 3, 6, '3'])]]),
            held: pick([[], [{ id: pick(['pmi-pmp', '<b>', 5]), earned: pick(['2024-03-15', '2024-02-30', null]) }], 'x']),
            log: pick([
              [],
              [
                {
                  credential: pick(['pmi-pmp', '../x']),
                  date: pick(['2025-01-01', '2025-1-1']),
                  units: pick([1, -1, 1e6, '2', NaN]),
                  note: pick(['<script>', 5, '\uD800']),
                },
              ],
              {},
            ]),
          };
    let raw = JSON.stringify(envelope);
    if (rand() < 0.1) raw = raw.slice(0, Math.floor(rand() * raw.length));
    for (const spec of [RATINGS, PLAN, READING, CHOOSER, CREDENTIALS] as const) {
      const loaded = assert.doesNotThrow(() => parseRecord(spec as never, raw)) ?? parseRecord(spec as never, raw);
      if (loaded.status === 'ok') assert.ok((spec.validate(loaded.data) as { ok: boolean }).ok, raw);
    }
  }
});

test('plan goals: ids unique, status and target date checked, name and text cut to size', () => {
  const ok = PLAN.validate({
    seeded: true,
    name: 'n'.repeat(200),
    goals: [
      { id: 'g1', horizon: 'mid', text: 't'.repeat(500), status: 'in-progress', target: '2027-02-28' },
      { id: 'g2', horizon: 'long', text: 'x', status: 'later', target: '2027-02-30x' },
    ],
  });
  assert.ok(ok.ok);
  const plan = (ok as { data: Plan }).data;
  assert.equal(plan.name.length, 80);
  assert.equal(plan.goals[0]!.text.length, 300);
  assert.deepEqual([plan.goals[0]!.status, plan.goals[0]!.target, plan.goals[1]!.status, plan.goals[1]!.target], ['in-progress', '2027-02-28', 'planned', '']);
  assert.equal(
    PLAN.validate({
      goals: [
        { id: 'g1', horizon: 'mid', text: 'a' },
        { id: 'g1', horizon: 'mid', text: 'b' },
      ],
    }).ok,
    false,
  );
  assert.equal(PLAN.validate({ goals: Array.from({ length: 31 }, (_, i) => ({ id: `g${i + 1}`, horizon: 'mid', text: 'a' })) }).ok, false);
});

test('reading progress: marks, unmarks, counts only chapters that exist, drops odd ids', () => {
  let r = READING.empty();
  r = setRead(r, 'guide/skills', true);
  r = setRead(r, 'guide/faq', true);
  r = setRead(r, 'guide/skills', true);
  assert.deepEqual(r.read, ['guide/faq', 'guide/skills']);
  assert.equal(readCount(r, ['guide/skills', 'guide/the-role']), 1);
  r = setRead(r, 'guide/faq', false);
  assert.deepEqual(r.read, ['guide/skills']);
  assert.deepEqual(setRead(r, '<script>', true).read, ['guide/skills']);
  const v = READING.validate({ read: ['guide/a', 'guide/a', 5, '../x', 'Guide/B', 'guide/b'] });
  assert.deepEqual(v.ok && v.data.read, ['guide/a', 'guide/b']);
});

test('migration: data under the key used before the store moves into separate records, once', () => {
  const legacy = JSON.stringify({
    app: APP_ID,
    version: 1,
    savedAt: '2026-10-01T08:00:00.000Z',
    ratings: { planning: 3, risk: 2 },
    plan: [
      { horizon: 'short', text: 'Lead a retro' },
      { horizon: 'long', text: 'Run a programme' },
    ],
  });
  const s = fakeStorage({ [LEGACY_KEY]: legacy });
  const m = planMigration(s.get, NOW);
  assert.equal(m.kind, 'migrate');
  for (const [k, v] of Object.entries(m.kind === 'migrate' ? m.writes : {})) s.map.set(k, v);
  const r = parseRecord(RATINGS, s.get(keyOf(RATINGS)));
  const p = parseRecord(PLAN, s.get(keyOf(PLAN)));
  assert.deepEqual(r.status === 'ok' && [r.data.levels.planning, r.data.levels.risk, r.data.levels.finance, r.rev, r.savedAt], [
    3,
    2,
    0,
    1,
    '2026-10-01T08:00:00.000Z',
  ]);
  assert.deepEqual(p.status === 'ok' && p.data.goals.map((g) => [g.id, g.horizon, g.text, g.status]), [
    ['g1', 'short', 'Lead a retro', 'planned'],
    ['g2', 'long', 'Run a programme', 'planned'],
  ]);
  assert.equal(p.status === 'ok' && p.data.seeded, true);
  // Running it again (another tab, or the old key still there) never overwrites the new records.
  s.write(RATINGS, (x) => ({ ...x, levels: { ...x.levels, planning: 5 } }));
  const again = planMigration(s.get, NOW);
  assert.deepEqual(again, { kind: 'migrate', writes: {}, removeOld: true });
  // No plan saved before: no plan record (the plan page then seeds suggestions).
  const noPlan = planMigration(fakeStorage({ [LEGACY_KEY]: JSON.stringify({ app: APP_ID, version: 1, ratings: { data: 4 }, plan: null }) }).get, NOW);
  assert.deepEqual(Object.keys(noPlan.kind === 'migrate' ? noPlan.writes : {}), [keyOf(RATINGS)]);
  // Unreadable old data is reported and left alone; nothing old means nothing to do.
  assert.equal(planMigration(fakeStorage({ [LEGACY_KEY]: '{broken' }).get, NOW).kind, 'unreadable');
  assert.match(JSON.stringify(planMigration(fakeStorage({ [LEGACY_KEY]: JSON.stringify({ app: APP_ID, version: 3 }) }).get, NOW)), /newer version/);
  assert.deepEqual(planMigration(fakeStorage().get, NOW), { kind: 'none' });
});

test('migration keeps the old key while any part of it has nowhere safe to go (F4)', () => {
  const legacy = JSON.stringify({ app: APP_ID, version: 1, ratings: { planning: 3 }, plan: [{ horizon: 'short', text: 'Lead a retro' }] });
  // The ratings record exists but cannot be read: its part of the old data must stay where it is.
  const s = fakeStorage({ [LEGACY_KEY]: legacy, [keyOf(RATINGS)]: '{not json' });
  const m = planMigration(s.get, NOW);
  assert.equal(m.kind, 'migrate');
  assert.equal(m.kind === 'migrate' && m.removeOld, false);
  assert.deepEqual(Object.keys(m.kind === 'migrate' ? m.writes : {}), [keyOf(PLAN)], 'the plan still moves');
  // A readable record already there counts as stored.
  const ok = fakeStorage({ [LEGACY_KEY]: legacy });
  ok.write(RATINGS, (x) => ({ ...x, risk: 2 }));
  const m2 = planMigration(ok.get, NOW);
  assert.equal(m2.kind === 'migrate' && m2.removeOld, true);
});

test('undo keeps a short history per record: another record, or a later action on the same record, never loses it (F1, F2)', async () => {
  const { pushUndo, latestUndo, dropUndo, parseHistory, UNDO_DEPTH } = await import('../../src/lib/undo.ts');
  let h = pushUndo({}, 'replace your plan with fresh suggestions', { plan: 'PLAN-0' }, 1);
  h = pushUndo(h, 'clear your ratings', { ratings: 'RATINGS-0' }, 2);
  h = pushUndo(h, 'remove a goal', { plan: 'PLAN-1' }, 3);
  // The assessment's undo survives a later plan edit.
  assert.equal(latestUndo(h, 'ratings')!.raws.ratings, 'RATINGS-0');
  // Undoing the plan twice reaches the copy from before the fresh suggestions.
  const first = latestUndo(h, 'plan')!;
  assert.equal(first.raws.plan, 'PLAN-1');
  h = dropUndo(h, first);
  assert.equal(latestUndo(h, 'plan')!.raws.plan, 'PLAN-0');
  // An import touches several records and is undone as one.
  h = pushUndo(h, 'the import', { ratings: 'R', plan: 'P', chooser: null }, 4);
  const imp = latestUndo(h, 'chooser')!;
  assert.deepEqual(imp.names, ['ratings', 'plan', 'chooser']);
  assert.equal(latestUndo(dropUndo(h, imp), 'ratings')!.raws.ratings, 'RATINGS-0');
  // Each record remembers a few actions; hostile stored text gives an empty history.
  let deep = {};
  for (let i = 0; i < 9; i++) deep = pushUndo(deep, `step ${i}`, { plan: String(i) }, i);
  assert.equal(parseHistory(JSON.stringify(deep)).plan!.length, UNDO_DEPTH);
  for (const bad of ['{', '[]', '{"plan":[{"id":1}]}', 'null', '"x"']) assert.deepEqual(Object.values(parseHistory(bad)).flat(), [], bad);
});

test('export files: every record in one file; imports never replace data with nothing', () => {
  const file = serialiseBundle({ ratings: ratings({ risk: 4 }), reading: { read: ['guide/faq'] } }, NOW);
  const imported = checkImport(parseBundle(file, legacyBundle));
  assert.ok(imported.ok);
  assert.deepEqual(imported.ok && Object.keys(imported.records), ['ratings', 'reading']);
  // Files exported before the store still import.
  const old = JSON.stringify({ app: APP_ID, version: 1, savedAt: '', ratings: { finance: 2 }, plan: [{ horizon: 'mid', text: 'x' }] });
  const fromOld = checkImport(parseBundle(old, legacyBundle));
  assert.deepEqual(fromOld.ok && [fromOld.records.ratings?.levels.finance, fromOld.records.plan?.goals[0]?.text], [2, 'x']);
  // Empty ratings and no plan: nothing to import, said so.
  const empty = checkImport(parseBundle(JSON.stringify({ app: APP_ID, version: 1, ratings: {}, plan: null }), legacyBundle));
  assert.deepEqual(
    empty.ok ? '' : empty.message,
    'It holds no ratings, plan, credentials, reading progress, chooser answers or review, so nothing was changed.',
  );
  const cases: Array<[string, RegExp]> = [
    ['{', /not valid JSON/],
    ['{"hello":1}', /not a file exported from/],
    [JSON.stringify({ app: APP_ID, version: 9, records: {} }), /newer version of this guide \(format 9/],
    [JSON.stringify({ app: APP_ID, version: 2, records: [] }), /holds no records/],
    [JSON.stringify({ app: APP_ID, version: 2, records: { plan: { goals: 'x' } } }), /no list of goals/],
  ];
  for (const [raw, message] of cases) {
    const r = checkImport(parseBundle(raw, legacyBundle));
    assert.equal(r.ok, false, raw);
    assert.match(r.ok ? '' : r.message, message, raw);
  }
});

test('export files carry the credentials held and their learning log; an import never replaces them with nothing', () => {
  assert.ok(RECORD_NAMES.includes('credentials'));
  const credentials = {
    held: [
      { id: 'pmi-pmp', earned: '2024-03-15' },
      { id: 'pmi-capm', earned: '2025-06-01' },
    ],
    log: [
      { credential: 'pmi-pmp', date: '2025-01-10', units: 8, note: 'Negotiation course' },
      { credential: 'pmi-capm', date: '2025-07-01', units: 2, area: 'Power Skills' },
    ],
  };
  const file = serialiseBundle({ ratings: ratings({ risk: 4 }), credentials }, NOW);
  const imported = checkImport(parseBundle(file, legacyBundle));
  assert.ok(imported.ok);
  assert.deepEqual(imported.ok && Object.keys(imported.records), ['ratings', 'credentials']);
  assert.deepEqual(imported.ok && imported.records.credentials, credentials);
  // Nothing held and nothing logged: left out, so the reader's own credentials are kept.
  const none = checkImport(parseBundle(serialiseBundle({ ratings: ratings({ risk: 4 }), credentials: { held: [], log: [] } }, NOW), legacyBundle));
  assert.deepEqual(none.ok && Object.keys(none.records), ['ratings']);
  const only = checkImport(parseBundle(serialiseBundle({ credentials: { held: [], log: [] } }, NOW), legacyBundle));
  assert.equal(only.ok, false);
  assert.equal(only.ok ? '' : only.message, 'It holds no ratings, plan, credentials, reading progress, chooser answers or review, so nothing was changed.');
  // A log without a credential still holds the reader's learning: it counts as something to keep.
  assert.equal(isEmptyRecord('credentials', { held: [], log: [credentials.log[0]!] }), false);
  assert.equal(isEmptyRecord('credentials', { held: [], log: [] }), true);
  // A malformed credentials record stops the whole import, with a message; nothing is half-imported.
  for (const [bad, message] of [
    [{ held: [{ id: 'PMP!', earned: '2024-01-01' }], log: [] }, /credential in the list is malformed/],
    [{ held: [{ id: 'pmi-pmp', earned: '2024-02-30' }], log: [] }, /credential in the list is malformed/],
    [{ held: [], log: [{ credential: 'pmi-pmp', date: '2025-01-01' }] }, /no units or hours/],
    [{ held: 'pmi-pmp', log: [] }, /malformed/],
  ] as const) {
    const r = checkImport(parseBundle(serialiseBundle({ ratings: ratings({ risk: 4 }), credentials: bad }, NOW), legacyBundle));
    assert.equal(r.ok, false, JSON.stringify(bad));
    assert.match(r.ok ? '' : r.message, message);
  }
  // Hostile text stays text, cut on a character boundary; unknown fields are dropped.
  const hostile = checkImport(
    parseBundle(
      serialiseBundle(
        {
          credentials: {
            held: [],
            log: [{ credential: 'pmi-pmp', date: '2025-01-01', units: 1, note: `<img src=x onerror=alert(1)>${'😀'.repeat(300)}`, onclick: 'x' }],
          },
        },
        NOW,
      ),
      legacyBundle,
    ),
  );
  assert.ok(hostile.ok);
  const note = hostile.ok ? hostile.records.credentials!.log[0]!.note! : '';
  assert.ok(note.startsWith('<img src=x onerror=alert(1)>'));
  assert.ok(note.length <= 500);
  assert.doesNotMatch(note, /[\uD800-\uDBFF]$/, 'no half of an emoji at the cut');
  assert.deepEqual(Object.keys(hostile.ok ? hostile.records.credentials!.log[0]! : {}).sort(), ['credential', 'date', 'note', 'units']);
});

test('writing the credentials record never touches another record, and a newer one is kept', () => {
  const s = fakeStorage();
  s.write(PLAN, (p) => ({ ...p, name: 'Sam' }));
  const planBefore = s.get(keyOf(PLAN));
  s.write(CREDENTIALS, (c) => ({ ...c, held: [{ id: 'pmi-pmp', earned: '2024-03-15' }] }));
  assert.equal(s.get(keyOf(PLAN)), planBefore);
  assert.equal(keyOf(CREDENTIALS), 'itpm-career-guide:credentials');
  const newer = JSON.stringify({ app: APP_ID, record: 'credentials', version: 2, rev: 3, savedAt: '', data: { anything: true } });
  const t = fakeStorage({ [keyOf(CREDENTIALS)]: newer });
  assert.equal(t.write(CREDENTIALS, (c) => ({ ...c, held: [{ id: 'pmi-pmp', earned: '2024-03-15' }] })).ok, false);
  assert.equal(t.get(keyOf(CREDENTIALS)), newer);
});

test('a stored record never reaches the page as anything but validated data', () => {
  const raw = serialiseRecord(CHOOSER, { params: 'stage=<script>', stageChosen: true }, { rev: 1, savedAt: '' });
  const c = parseRecord(CHOOSER, raw);
  // The chooser's params are decoded (and so sanitised) by decodeProfile before use; here they are only text.
  assert.equal(c.status === 'ok' && typeof c.data.params, 'string');
  assert.equal(
    CHOOSER.validate({ params: 'x'.repeat(10_000) }).ok &&
      (CHOOSER.validate({ params: 'x'.repeat(10_000) }) as { data: { params: string } }).data.params.length,
    4000,
  );
});

test('continue reading: the next unread chapter after the latest one read, in reading order', async () => {
  const { nextUnread } = await import('../../src/lib/reading.ts');
  const order = ['guide/a', 'guide/b', 'guide/c', 'guide/d'];
  assert.equal(nextUnread({ read: [] }, order), null, 'nothing read: the page offers "Start with" instead');
  assert.equal(nextUnread({ read: ['guide/a'] }, order), 'guide/b');
  // Read out of order: go on from the latest one marked, skipping what is read.
  assert.equal(nextUnread({ read: ['guide/a', 'guide/c', 'guide/b'] }, order), 'guide/d');
  assert.equal(nextUnread({ read: ['guide/a', 'guide/b', 'guide/d'] }, order), 'guide/c', 'the end is read: back to the first gap');
  assert.equal(nextUnread({ read: ['guide/gone'] }, order), null, 'a removed chapter does not count');
  assert.equal(nextUnread({ read: [...order] }, order), null);
});
