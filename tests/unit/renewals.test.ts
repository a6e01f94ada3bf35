import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeRenewal, CREDENTIALS, logFor, readRule, type RenewalProgress, type RenewalResult } from '../../src/lib/renewals.ts';
import { addYears, dayString, localDay, parseDay } from '../../src/lib/days.ts';
import { parseRecord, planWrite } from '../../src/lib/store.ts';

const PMP = { cycleYears: 3, units: 'PDUs', unitsRequired: 60 } as const;
const CAPM = {
  cycleYears: 3,
  units: 'PDUs',
  unitsRequired: 15,
  areas: [
    { name: 'Ways of Working', min: 2 },
    { name: 'Power Skills', min: 2 },
    { name: 'Business Acumen', min: 2 },
    { name: 'Giving Back', max: 6 },
  ],
} as const;
const CHPP = { cycleYears: 1, units: 'CPD hours', unitsRequired: 35 } as const;
const IPMA = { cycleYears: 5 } as const;

function ok(r: RenewalResult): RenewalProgress {
  if (r.status !== 'ok') assert.fail(`expected a result, got: ${r.problems.join(' ')}`);
  return r;
}

// ---- Cycles --------------------------------------------------------------------

test('first cycle: starts the day earned and ends the day before the third anniversary', () => {
  const r = ok(computeRenewal(PMP, '2024-03-15', '2025-06-01'));
  assert.deepEqual(r.cycle, { number: 1, start: '2024-03-15', end: '2027-03-14', renewsOn: '2027-03-15' });
  assert.equal(r.daysLeft, parseDay('2027-03-14')! - parseDay('2025-06-01')!);
  assert.equal(r.previous, null);
  assert.equal(r.overdue, false);
});

test('a credential earned today is at the start of its first cycle', () => {
  const r = ok(computeRenewal(PMP, '2026-12-07', '2026-12-07'));
  assert.deepEqual(r.cycle, { number: 1, start: '2026-12-07', end: '2029-12-06', renewsOn: '2029-12-07' });
});

test('the deadline is the last day of the cycle; the next cycle starts on the anniversary', () => {
  const last = ok(computeRenewal(PMP, '2024-03-15', '2027-03-14'));
  assert.equal(last.cycle.number, 1);
  assert.equal(last.daysLeft, 0);
  const next = ok(computeRenewal(PMP, '2024-03-15', '2027-03-15'));
  assert.deepEqual(next.cycle, { number: 2, start: '2027-03-15', end: '2030-03-14', renewsOn: '2030-03-15' });
  assert.deepEqual(next.previous && [next.previous.start, next.previous.end], ['2024-03-15', '2027-03-14']);
});

test('earned several cycles ago: the current cycle is the one that holds today', () => {
  const r = ok(computeRenewal(PMP, '1998-06-30', '2026-12-07'));
  assert.deepEqual(r.cycle, { number: 10, start: '2025-06-30', end: '2028-06-29', renewsOn: '2028-06-30' });
  const ipma = ok(computeRenewal(IPMA, '1901-01-01', '2026-12-07'));
  assert.deepEqual(ipma.cycle, { number: 26, start: '2026-01-01', end: '2030-12-31', renewsOn: '2031-01-01' });
});

test('earned on 29 February: the anniversary in a common year is 28 February', () => {
  const r = ok(computeRenewal(PMP, '2024-02-29', '2026-12-07'));
  assert.deepEqual(r.cycle, { number: 1, start: '2024-02-29', end: '2027-02-27', renewsOn: '2027-02-28' });
  const next = ok(computeRenewal(PMP, '2024-02-29', '2027-02-28'));
  assert.equal(next.cycle.start, '2027-02-28');
  assert.equal(ok(computeRenewal(PMP, '2024-02-29', '2027-02-27')).cycle.number, 1);
});

test('earned on 29 February: cycles count from the day earned, so a leap year brings the 29th back (no drift)', () => {
  const chpp = ok(computeRenewal(CHPP, '2024-02-29', '2028-03-01'));
  assert.deepEqual(chpp.cycle, { number: 5, start: '2028-02-29', end: '2029-02-27', renewsOn: '2029-02-28' });
  const twoYear = ok(computeRenewal({ cycleYears: 2 }, '2024-02-29', '2026-06-01'));
  assert.deepEqual(twoYear.cycle, { number: 2, start: '2026-02-28', end: '2028-02-28', renewsOn: '2028-02-29' });
});

test('2100 is not a leap year, 2000 was: the Gregorian rules hold', () => {
  assert.equal(dayString(addYears(parseDay('2096-02-29')!, 4)), '2100-02-28');
  assert.equal(dayString(addYears(parseDay('2096-02-29')!, 8)), '2104-02-29');
  const r = ok(computeRenewal(PMP, '1997-02-28', '2000-02-29'));
  assert.deepEqual(r.cycle, { number: 2, start: '2000-02-28', end: '2003-02-27', renewsOn: '2003-02-28' });
});

test('a one-year cycle earned on 1 March ends on 29 February in a leap year', () => {
  const r = ok(computeRenewal(CHPP, '2023-03-01', '2023-12-01'));
  assert.equal(r.cycle.end, '2024-02-29');
});

// ---- Units ---------------------------------------------------------------------

test('only entries inside the current cycle and up to today count', () => {
  const log = [
    { date: '2027-03-14', units: 40, note: 'last day of the previous cycle' },
    { date: '2027-03-15', units: 10, note: 'first day of this cycle' },
    { date: '2028-01-10', units: 5.5 },
    { date: '2029-01-01', units: 30, note: 'planned, after today' },
    { date: '2020-01-01', units: 100, note: 'long before' },
  ];
  const r = ok(computeRenewal(PMP, '2024-03-15', '2028-06-01', log));
  assert.equal(r.logged, 15.5);
  assert.equal(r.counted, 15.5);
  assert.equal(r.needed, 44.5);
  assert.equal(r.complete, false);
  assert.deepEqual(r.ignored, [{ index: 3, reason: 'It is dated after today.' }]);
});

test('quarter units add up exactly', () => {
  const log = Array.from({ length: 240 }, (_, i) => ({ date: '2025-01-01', units: i % 2 ? 0.1 : 0.15 }));
  const r = ok(computeRenewal(PMP, '2024-03-15', '2025-06-01', log));
  assert.equal(r.logged, 30);
  assert.equal(r.needed, 30);
});

test('the requirement met: nothing needed, complete', () => {
  const r = ok(
    computeRenewal(PMP, '2024-03-15', '2025-06-01', [
      { date: '2025-01-01', units: 35 },
      { date: '2025-02-01', units: 25 },
    ]),
  );
  assert.deepEqual([r.counted, r.needed, r.atLeastMore, r.complete], [60, 0, 0, true]);
});

test('areas: minimums per area, a capped area counts no more than its maximum, names match without regard to case', () => {
  const log = [
    { date: '2025-01-01', units: 9, area: 'Giving Back' },
    { date: '2025-01-02', units: 4, area: 'ways of working' },
    { date: '2025-01-03', units: 1, area: '  Power   Skills ' },
    { date: '2025-01-04', units: 2, area: 'Something else' },
  ];
  const r = ok(computeRenewal(CAPM, '2024-03-15', '2025-06-01', log));
  assert.equal(r.logged, 16);
  assert.equal(r.counted, 13, 'Giving Back counts 6 of its 9; the unknown area counts towards the total only');
  assert.equal(r.needed, 2);
  assert.deepEqual(
    r.areas.map((a) => [a.name, a.logged, a.counted, a.needed, a.over]),
    [
      ['Ways of Working', 4, 4, 0, 0],
      ['Power Skills', 1, 1, 1, 0],
      ['Business Acumen', 0, 0, 2, 0],
      ['Giving Back', 9, 6, 0, 3],
    ],
  );
  assert.equal(r.atLeastMore, 3, 'the areas still need 3 between them, more than the 2 the total needs');
  assert.equal(r.complete, false);
});

test('the total met but an area short: not complete, and the area says how many', () => {
  const r = ok(computeRenewal(CAPM, '2024-03-15', '2025-06-01', [{ date: '2025-01-01', units: 15, area: 'Ways of Working' }]));
  assert.equal(r.needed, 0);
  assert.equal(r.atLeastMore, 4);
  assert.equal(r.complete, false);
});

test('CPD hours: hours count one for one; hours for a rule in PDUs are set aside with the reason', () => {
  const chpp = ok(
    computeRenewal(CHPP, '2020-05-01', '2026-12-07', [
      { date: '2026-06-01', hours: 20 },
      { date: '2026-07-01', units: 3 },
    ]),
  );
  assert.equal(chpp.counted, 23);
  assert.equal(chpp.needed, 12);
  const pmp = ok(computeRenewal(PMP, '2024-03-15', '2025-06-01', [{ date: '2025-01-01', hours: 6 }]));
  assert.equal(pmp.counted, 0);
  assert.match(pmp.ignored[0]!.reason, /counted in PDUs/);
});

test('a rule with no number of units: nothing to count, never overdue', () => {
  const r = ok(computeRenewal(IPMA, '2015-09-01', '2026-12-07'));
  assert.deepEqual([r.units, r.required, r.needed, r.complete, r.overdue], [null, 0, 0, true, false]);
  assert.deepEqual(r.cycle, { number: 3, start: '2025-09-01', end: '2030-08-31', renewsOn: '2030-09-01' });
});

// ---- Overdue and reminders -------------------------------------------------------

test('overdue: the last deadline passed with the log short; met: not overdue', () => {
  const short = ok(computeRenewal(PMP, '2021-01-10', '2026-12-07', [{ date: '2023-05-01', units: 50 }]));
  assert.equal(short.cycle.start, '2024-01-10');
  assert.deepEqual(short.previous, { start: '2021-01-10', end: '2024-01-09', counted: 50, needed: 10, met: false });
  assert.equal(short.overdue, true);
  const met = ok(computeRenewal(PMP, '2021-01-10', '2026-12-07', [{ date: '2023-05-01', units: 60 }]));
  assert.equal(met.overdue, false);
  assert.equal(met.counted, 0, 'units of the previous cycle never count in this one');
  const areas = ok(computeRenewal(CAPM, '2021-01-10', '2026-12-07', [{ date: '2023-05-01', units: 15, area: 'Power Skills' }]));
  assert.equal(areas.previous?.met, false, 'the previous cycle missed two area minimums');
  assert.equal(areas.previous?.needed, 4);
});

test('reminders 90 and 30 days before the deadline, earliest first, marked when passed', () => {
  const r = ok(computeRenewal(PMP, '2024-03-15', '2027-01-01'));
  assert.deepEqual(r.reminders, [
    { daysBefore: 90, date: '2026-12-14', passed: true },
    { daysBefore: 30, date: '2027-02-12', passed: false },
  ]);
  const custom = ok(computeRenewal(PMP, '2024-03-15', '2025-01-01', [], { reminderDays: [7, 60, 7, -3, 1.5, Number.NaN, 99999] }));
  assert.deepEqual(
    custom.reminders.map((x) => x.daysBefore),
    [60, 7],
  );
});

test('a reminder before a leap-day deadline crosses 29 February correctly', () => {
  const r = ok(computeRenewal(CHPP, '2023-03-01', '2023-12-01'));
  assert.deepEqual(
    r.reminders.map((x) => x.date),
    ['2023-12-01', '2024-01-30'],
  );
});

// ---- Unreadable and hostile input --------------------------------------------------

test('dates that are not real days are unreadable, with a reason a reader can act on', () => {
  for (const earned of ['2023-02-29', '2024-13-01', '2024-00-10', '2024-1-5', '20240105', ' 2024-01-05', '1899-12-31', null, 20240105, {}, '']) {
    const r = computeRenewal(PMP, earned, '2026-12-07');
    assert.equal(r.status, 'unreadable', String(earned));
    assert.deepEqual(r.status === 'unreadable' && r.problems, ['The date you earned it is not a real day written YYYY-MM-DD.']);
  }
  assert.deepEqual(computeRenewal(PMP, '2027-01-01', '2026-12-07'), { status: 'unreadable', problems: ['The date you earned it is after today.'] });
  assert.equal(computeRenewal(PMP, '2024-01-01', 'today').status, 'unreadable');
});

test('a missing or malformed rule is unreadable', () => {
  const cases: unknown[] = [
    null,
    undefined,
    'PMP',
    [],
    { cycleYears: 0 },
    { cycleYears: 2.5 },
    { cycleYears: '3' },
    { cycleYears: 3, units: 'PDUs' },
    { cycleYears: 3, unitsRequired: 60 },
    { cycleYears: 3, units: 'points', unitsRequired: 60 },
    { cycleYears: 3, units: 'PDUs', unitsRequired: Infinity },
    { cycleYears: 3, areas: [{ name: 'Power Skills', min: 2 }] },
    { cycleYears: 3, units: 'PDUs', unitsRequired: 10, areas: [{ name: 'X', min: -1 }] },
    { cycleYears: 3, units: 'PDUs', unitsRequired: 10, areas: 'all' },
  ];
  for (const rule of cases) assert.equal(computeRenewal(rule, '2024-01-01', '2026-12-07').status, 'unreadable', JSON.stringify(rule));
  assert.equal(readRule(PMP).ok, true);
});

test('bad log entries are set aside one by one; a log that is not a list, or far too long, is unreadable', () => {
  const log: unknown[] = [
    null,
    'ten PDUs',
    { date: '2025-02-30', units: 1 },
    { date: '2025-01-01' },
    { date: '2025-01-01', units: -5 },
    { date: '2025-01-01', units: Number.NaN },
    { date: '2025-01-01', units: 1e9 },
    { date: '2025-01-01', units: '5' },
    { date: '2025-01-01', units: 5, area: 42, note: { toString: () => 'x' } },
  ];
  const r = ok(computeRenewal(PMP, '2024-03-15', '2025-06-01', log));
  assert.equal(r.counted, 5);
  assert.deepEqual(
    r.ignored.map((i) => i.index),
    [0, 1, 2, 3, 4, 5, 6, 7],
  );
  assert.equal(computeRenewal(PMP, '2024-03-15', '2025-06-01', { 0: { date: '2025-01-01', units: 1 } }).status, 'unreadable');
  assert.equal(computeRenewal(PMP, '2024-03-15', '2025-06-01', new Array(2001).fill({ date: '2025-01-01', units: 1 })).status, 'unreadable');
  assert.equal(ok(computeRenewal(PMP, '2024-03-15', '2025-06-01', null)).logged, 0);
});

test('hostile objects never make it throw', () => {
  const trap = new Proxy(
    {},
    {
      get: () => {
        throw new Error('boom');
      },
      has: () => {
        throw new Error('boom');
      },
    },
  );
  const getter = {
    get cycleYears(): number {
      throw new Error('boom');
    },
  };
  for (const args of [
    [trap, '2024-01-01', '2026-01-01'],
    [getter, '2024-01-01', '2026-01-01'],
    [PMP, '2024-01-01', '2026-01-01', [trap]],
    [PMP, '2024-01-01', '2026-01-01', trap],
  ] as const) {
    const r = computeRenewal(...(args as unknown as Parameters<typeof computeRenewal>));
    assert.equal(r.status, 'unreadable');
  }
  // A little fuzzing: odd values in every position, never an exception.
  const odd: unknown[] = [
    undefined,
    null,
    0,
    -1,
    1e308,
    Number.NaN,
    '',
    '2024-02-29',
    '9999-12-31',
    '1900-01-01',
    [],
    {},
    { cycleYears: 10 },
    PMP,
    CAPM,
    Symbol('s'),
    10n,
    () => 1,
  ];
  for (const a of odd) for (const b of odd) for (const c of odd) assert.doesNotThrow(() => computeRenewal(a, b, c, [{ date: b, units: a }]));
});

test('the far edges of the calendar stay readable', () => {
  const r = ok(computeRenewal({ cycleYears: 10 }, '1900-01-01', '9999-12-31'));
  assert.equal(r.cycle.start, '9990-01-01');
  assert.equal(r.cycle.end, '9999-12-31');
  assert.equal(r.cycle.renewsOn, '10000-01-01');
});

test('localDay gives the reader’s own calendar day', () => {
  assert.equal(localDay(new Date(2024, 1, 29, 23, 59)), '2024-02-29');
  assert.equal(localDay(new Date(2024, 0, 1, 0, 0)), '2024-01-01');
});

// ---- The stored record -------------------------------------------------------------

test('the credentials record keeps what is valid and refuses what is malformed', () => {
  const good = {
    held: [{ id: 'pmi-pmp', earned: '2024-03-15' }],
    log: [{ credential: 'pmi-pmp', date: '2025-01-01', units: 2.5, area: ' Power Skills ', note: 'x'.repeat(600), extra: 'dropped' }],
  };
  const v = CREDENTIALS.validate(good);
  assert.ok(v.ok);
  assert.deepEqual(v.data.log[0], { credential: 'pmi-pmp', date: '2025-01-01', units: 2.5, area: 'Power Skills', note: 'x'.repeat(500) });
  for (const bad of [
    null,
    [],
    { held: [] },
    { held: [{ id: 'PMP!', earned: '2024-01-01' }], log: [] },
    { held: [{ id: 'pmi-pmp', earned: '2024-02-30' }], log: [] },
    { held: [], log: [{ credential: 'pmi-pmp', date: '2025-01-01' }] },
  ]) {
    assert.equal(CREDENTIALS.validate(bad).ok, false, JSON.stringify(bad));
  }
  const write = planWrite(CREDENTIALS, null, (r) => ({ ...r, held: [{ id: 'pmi-capm', earned: '2024-02-29' }] }), new Date('2026-12-07T10:00:00Z'));
  assert.ok(write.ok);
  const read = parseRecord(CREDENTIALS, write.raw);
  assert.equal(read.status, 'ok');
  assert.deepEqual(
    logFor({ held: [], log: [...good.log.map((e) => ({ ...e, credential: 'pmi-pmp' })), { credential: 'pmi-acp', date: '2025-01-01', units: 1 }] }, 'pmi-acp')
      .length,
    1,
  );
});
