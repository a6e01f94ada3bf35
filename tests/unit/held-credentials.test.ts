import { test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import {
  addEntry,
  addHeld,
  areaSentence,
  checkAdd,
  checkEntry,
  choices,
  credentialName,
  deadlineSentence,
  deleteEntry,
  earnedProblem,
  heldView,
  loggedSentence,
  ordinal,
  readInfos,
  removeHeld,
  setEarned,
  unitCount,
  unitsSentence,
  type HeldView,
  type Para,
} from '../../src/lib/held-credentials.ts';
import { computeRenewal, type RenewalProgress } from '../../src/lib/renewals.ts';
import { renewalInfo, type RenewalInfo } from '../../src/lib/renewal-rule.ts';
import { renewalIcs } from '../../src/lib/ics.ts';
import { CREDENTIALS, type CredentialsRecord, type StoredLogEntry } from '../../src/lib/credentials-record.ts';
import { loadCertificationFiles } from './support/data.ts';

const INFOS: RenewalInfo[] = loadCertificationFiles().map((c) => renewalInfo(c));
const info = (id: string) => INFOS.find((i) => i.id === id)!;
const TODAY = '2026-12-07';
const text = (p: Para) => p.map((x) => (typeof x === 'string' ? x : 'label' in x ? x.label : x.text)).join('');
const links = (p: Para) => p.flatMap((x) => (typeof x === 'object' && 'href' in x ? [x] : []));
const progress = (rule: unknown, earned: string, log: unknown[] = [], today = TODAY): RenewalProgress => {
  const r = computeRenewal(rule, earned, today, log);
  if (r.status !== 'ok') assert.fail(r.problems.join(' '));
  return r;
};
/** Every string a view shows or prints. */
const strings = (v: HeldView): string[] =>
  [
    v.name,
    v.deadline,
    v.cycle,
    v.units,
    ...v.areas,
    v.printLine,
    v.icsDone,
    v.overdue ? text(v.overdue) : null,
    ...v.rule.map(text),
    ...v.entries.flatMap((e) => [e.date, e.amount, e.area, e.note, e.notCounted]),
  ].filter((s): s is string => typeof s === 'string');

// ---- Names and numbers --------------------------------------------------------

test('a credential’s name carries its short form once, never in brackets inside brackets', () => {
  assert.equal(credentialName('Project Management Professional (PMP)', 'PMP'), 'Project Management Professional (PMP)');
  assert.equal(credentialName('ITIL 4 Foundation', 'ITIL Foundation'), 'ITIL 4 Foundation');
  assert.equal(credentialName('APM Chartered Project Professional (ChPP)', 'APM ChPP'), 'APM Chartered Project Professional (ChPP)');
  assert.equal(
    credentialName('Google Project Management Professional Certificate', 'Google PM Certificate'),
    'Google Project Management Professional Certificate (Google PM Certificate)',
  );
  assert.equal(credentialName('Widget Practitioner (2nd edition)', 'WP'), 'Widget Practitioner (2nd edition)');
  for (const i of INFOS) {
    const name = credentialName(i.name, i.short);
    assert.doesNotMatch(name, /\([^)]*\(/, name);
    assert.ok(name.split(i.short).length <= 2, `${name}: the short form once`);
  }
});

test('units keep the issuer’s spelling, singular for one, with at most two decimals', () => {
  assert.equal(unitCount(1, 'PDUs'), '1 PDU');
  assert.equal(unitCount(0, 'PDUs'), '0 PDUs');
  assert.equal(unitCount(2.5, 'SEUs'), '2.5 SEUs');
  assert.equal(unitCount(1, 'CPD hours'), '1 CPD hour');
  assert.equal(unitCount(1234.567, 'CEUs'), '1,234.57 CEUs');
  assert.deepEqual([1, 2, 3, 10, 11, 12, 13, 21, 22, 23, 101].map(ordinal), [
    'first',
    'second',
    'third',
    'tenth',
    '11th',
    '12th',
    '13th',
    '21st',
    '22nd',
    '23rd',
    '101st',
  ]);
});

// ---- Sentences, one for each case ------------------------------------------------

test('the deadline is written for how near it is: more than a year, months, within 90 days, tomorrow, today', () => {
  assert.equal(deadlineSentence('2029-03-14', 828), 'Renew by 14 March 2029, more than a year from now.');
  assert.equal(deadlineSentence('2027-12-06', 365), 'Renew by 6 December 2027, about a year from now.');
  assert.equal(deadlineSentence('2027-07-07', 212), 'Renew by 7 July 2027, about 7 months from now.');
  assert.equal(deadlineSentence('2027-03-07', 91), 'Renew by 7 March 2027, about 3 months from now.');
  assert.equal(deadlineSentence('2027-03-06', 90), 'Renew by 6 March 2027: 90 days left.');
  assert.equal(deadlineSentence('2026-12-09', 2), 'Renew by 9 December 2026: 2 days left.');
  assert.equal(deadlineSentence('2026-12-08', 1), 'Renew by 8 December 2026: that is tomorrow.');
  assert.equal(deadlineSentence('2026-12-07', 0), 'Renew by today, 7 December 2026: it is the last day of this cycle.');
});

test('units: nothing logged, some logged, complete, more than needed, capped by an area, an area still short', () => {
  const PMP = info('pmi-pmp').rule!;
  const CAPM = info('pmi-capm').rule!;
  assert.equal(unitsSentence(progress(PMP, '2025-03-15')), 'Nothing logged in this cycle yet: it needs 60 PDUs.');
  assert.equal(
    unitsSentence(progress(PMP, '2025-03-15', [{ date: '2025-06-01', units: 10 }])),
    'You have logged 10 of the 60 PDUs this cycle needs: 50 more PDUs to go.',
  );
  assert.equal(
    unitsSentence(progress(PMP, '2025-03-15', [{ date: '2025-06-01', units: 59 }])),
    'You have logged 59 of the 60 PDUs this cycle needs: 1 more PDU to go.',
  );
  assert.equal(
    unitsSentence(progress(PMP, '2025-03-15', [{ date: '2025-06-01', units: 60 }])),
    'Complete: you have logged 60 PDUs, and this cycle needs 60 PDUs.',
  );
  assert.equal(
    unitsSentence(progress(PMP, '2025-03-15', [{ date: '2025-06-01', units: 62.5 }])),
    'Complete: you have logged 62.5 PDUs, and this cycle needs 60 PDUs.',
  );
  // Giving Back counts at most 6: 8 logged there, 10 counted in all.
  const capped = progress(CAPM, '2024-01-10', [
    { date: '2025-02-01', units: 3, area: 'Ways of Working' },
    { date: '2025-03-01', units: 1, area: 'Power Skills' },
    { date: '2024-03-01', units: 8, area: 'Giving Back' },
  ]);
  assert.equal(unitsSentence(capped), '10 PDUs of what you logged count towards the 15 PDUs this cycle needs: 5 more PDUs to go.');
  // The total is met, an area is not.
  const short = progress(CAPM, '2024-01-10', [
    { date: '2025-02-01', units: 13, area: 'Ways of Working' },
    { date: '2025-03-01', units: 2, area: 'Power Skills' },
  ]);
  assert.equal(
    unitsSentence(short),
    'You have logged the 15 PDUs this cycle needs in all, but an area is still short: at least 2 more PDUs are needed, as below.',
  );
  // Short in total, and the area minimums ask for more than the total does.
  const both = progress(CAPM, '2024-01-10', [{ date: '2025-02-01', units: 12, area: 'Ways of Working' }]);
  assert.equal(
    unitsSentence(both),
    'You have logged 12 of the 15 PDUs this cycle needs: 3 more PDUs to go. To reach the minimum in every area as well, at least 4 more PDUs are needed.',
  );
  assert.equal(unitsSentence(progress(info('itil-4-foundation').rule!, '2025-01-01')), null, 'no units: no sentence');
  assert.equal(
    unitsSentence(progress(info('apm-chpp').rule!, '2026-01-01', [{ date: '2026-05-01', units: 1 }])),
    'You have logged 1 of the 35 CPD hours this cycle needs: 34 more CPD hours to go.',
  );
});

test('areas use the rule’s own names: minimum met, none yet, partly there, a cap under and over', () => {
  const a = (over: Partial<Parameters<typeof areaSentence>[0]>) =>
    areaSentence({ name: 'Power Skills', logged: 0, counted: 0, needed: 0, over: 0, ...over }, 'PDUs');
  assert.equal(a({ min: 2, logged: 3, counted: 3 }), 'Power Skills: 3 PDUs logged; the minimum of 2 is met.');
  assert.equal(a({ min: 2, needed: 2 }), 'Power Skills: none logged yet; at least 2 PDUs needed.');
  assert.equal(a({ min: 2, logged: 1, counted: 1, needed: 1 }), 'Power Skills: 1 PDU logged; 1 more PDU needed for the minimum of 2.');
  assert.equal(areaSentence({ name: 'Giving Back', max: 6, logged: 3, counted: 3, needed: 0, over: 0 }, 'PDUs'), 'Giving Back: 3 PDUs logged; up to 6 count.');
  assert.equal(
    areaSentence({ name: 'Giving Back', max: 6, logged: 8, counted: 6, needed: 0, over: 2 }, 'PDUs'),
    'Giving Back: 8 PDUs logged; only 6 of them count.',
  );
  assert.equal(
    areaSentence({ name: 'Giving Back', max: 6, logged: 0, counted: 0, needed: 0, over: 0 }, 'PDUs'),
    'Giving Back: none logged yet; up to 6 count.',
  );
  const v = heldView(info('pmi-capm'), { id: 'pmi-capm', earned: '2024-01-10' }, [], TODAY);
  assert.deepEqual(
    v.areas.map((s) => s.split(':')[0]),
    ['Ways of Working', 'Power Skills', 'Business Acumen', 'Giving Back'],
  );
  assert.deepEqual(v.logForm, { unit: 'PDUs', areas: ['Ways of Working', 'Power Skills', 'Business Acumen', 'Giving Back'] });
});

// ---- One held credential -------------------------------------------------------

test('a tracked credential: deadline, cycle, units, the issuer’s words with status and source, a calendar file', () => {
  const log: StoredLogEntry[] = [
    { credential: 'pmi-pmp', date: '2025-06-01', units: 10, note: 'Agile course' },
    { credential: 'pmi-pmp', date: '2026-02-01', units: 5 },
    { credential: 'pmi-acp', date: '2026-02-01', units: 30 },
  ];
  const v = heldView(info('pmi-pmp'), { id: 'pmi-pmp', earned: '2025-03-15' }, log, TODAY);
  assert.equal(v.state, 'tracked');
  assert.equal(v.name, 'Project Management Professional (PMP)');
  assert.equal(v.deadline, 'Renew by 14 March 2028, more than a year from now.');
  assert.equal(v.urgency, 'later');
  assert.equal(v.cycle, 'Your first three-year cycle began on the day you earned it.');
  assert.equal(v.units, 'You have logged 15 of the 60 PDUs this cycle needs: 45 more PDUs to go.');
  assert.equal(text(v.rule[0]!), 'What PMI asks: 60 PDUs every three years. Confirmed by PMI. Source: PMI, checked 7 December 2026.');
  assert.match(links(v.rule[0]!)[0]!.href, /^https:\/\/www\.pmi\.org\//);
  // The fee is not confirmed: said so, with the issuer's page; never a bare figure.
  assert.match(text(v.rule[1]!), /^Renewal fee, not confirmed by PMI: .* See PMI’s page for the PMP\.$/);
  assert.equal(links(v.rule[1]!)[0]!.href, info('pmi-pmp').issuerUrl);
  // Newest first; the other credential's entry is not here.
  assert.deepEqual(
    v.entries.map((e) => [e.date, e.amount, e.note]),
    [
      ['1 February 2026', '5 PDUs', null],
      ['1 June 2025', '10 PDUs', 'Agile course'],
    ],
  );
  assert.equal(v.printLine, 'Project Management Professional (PMP): earned 15 March 2025, renew by 14 March 2028. 45 PDUs of 60 still needed.');
  assert.equal(
    v.icsDone,
    'The calendar file for the PMP is in your downloads: open it to add the deadline, 14 March 2028, with reminders on 15 December 2027 and 13 February 2028.',
  );
});

test('within 90 days, complete, and the cycle after a short one: each said in its own words', () => {
  const soon = heldView(info('pmi-capm'), { id: 'pmi-capm', earned: '2024-01-10' }, [], TODAY);
  assert.equal(soon.deadline, 'Renew by 9 January 2027: 33 days left.');
  assert.equal(soon.urgency, 'soon');
  assert.equal(
    soon.icsDone,
    'The calendar file for the CAPM is in your downloads: open it to add the deadline, 9 January 2027, with a reminder on 10 December 2026.',
  );
  const done = heldView(info('pmi-acp'), { id: 'pmi-acp', earned: '2025-01-01' }, [{ credential: 'pmi-acp', date: '2025-05-05', units: 30 }], TODAY);
  assert.equal(done.units, 'Complete: you have logged 30 PDUs, and this cycle needs 30 PDUs.');
  assert.equal(done.printLine, 'PMI Agile Certified Practitioner (PMI-ACP): earned 1 January 2025, renew by 31 December 2027. All 30 PDUs logged.');
  const overdue = heldView(
    info('scrumalliance-csm'),
    { id: 'scrumalliance-csm', earned: '2023-12-20' },
    [{ credential: 'scrumalliance-csm', date: '2024-05-01', units: 5 }],
    TODAY,
  );
  assert.equal(overdue.urgency, 'overdue');
  assert.equal(
    text(overdue.overdue!),
    'By this log, the last cycle ended on 19 December 2025 with 15 SEUs still needed. If you renewed it with Scrum Alliance, or did learning you have not logged here, there is nothing to do; if not, it may have lapsed: check with Scrum Alliance.',
  );
  assert.equal(overdue.cycle, 'This two-year cycle, your second since you earned it, began on 20 December 2025.');
  assert.equal(overdue.entries[0]!.notCounted, 'From an earlier cycle, so it does not count towards this one.');
  assert.match(overdue.printLine, /The last cycle ended short by this log: check with Scrum Alliance\.$/);
  const today = heldView(info('pmi-pmp'), { id: 'pmi-pmp', earned: '2023-12-08' }, [], TODAY);
  assert.equal(today.deadline, 'Renew by today, 7 December 2026: it is the last day of this cycle.');
  assert.equal(today.urgency, 'today');
  assert.match(today.icsDone!, /Its reminders fall before today, so your calendar will not remind you/);
});

test('a rule with no number of units: dates and a calendar file, no log form', () => {
  const v = heldView(info('itil-4-foundation'), { id: 'itil-4-foundation', earned: '2024-02-10' }, [], TODAY);
  assert.equal(v.state, 'tracked');
  assert.equal(v.deadline, 'Renew by 9 February 2027: 64 days left.');
  assert.equal(v.units, null);
  assert.equal(v.logForm, null);
  assert.ok(v.ics);
  assert.equal(v.printLine, 'ITIL 4 Foundation: earned 10 February 2024, renew by 9 February 2027.');
  assert.match(text(v.rule[0]!), /^What PeopleCert asks: Within three years of passing/);
});

test('a renewal the issuer has not confirmed is said to be so, with the issuer linked: no date, no units, no figure on its own', () => {
  for (const id of ['pmi-rmp', 'pmi-pmocp', 'scrumorg-psm-i', 'comptia-project-plus']) {
    const i = info(id);
    const v = heldView(i, { id, earned: '2023-05-01' }, [], TODAY);
    assert.equal(v.state, 'not-confirmed', id);
    assert.equal(v.deadline, null);
    assert.equal(v.units, null);
    assert.equal(v.logForm, null);
    assert.equal(v.ics, null);
    const words = text(v.rule[0]!);
    assert.ok(words.startsWith(`Renewal, not confirmed by ${i.issuer}: `), words);
    assert.ok(words.includes(i.fact!.note!), 'says what is known');
    assert.deepEqual(
      links(v.rule[0]!).map((l) => l.href),
      [i.issuerUrl],
    );
    assert.equal(v.printLine, `${v.name}: earned 1 May 2023. Renewal not confirmed by ${i.issuer}.`);
  }
  // Words reported by someone else are shown as reported, with the issuer's page.
  const reported: RenewalInfo = {
    ...info('pmi-rmp'),
    fact: { ...info('pmi-rmp').fact!, status: 'reported', value: '30 PDUs every three years', note: undefined },
  };
  const r = heldView(reported, { id: 'pmi-rmp', earned: '2023-05-01' }, [], TODAY);
  assert.equal(
    text(r.rule[0]!),
    'Renewal, reported, not yet confirmed by PMI: 30 PDUs every three years. The guide shows no renewal date or units for it until PMI’s own pages confirm the rule. See PMI’s page for the PMI-RMP.',
  );
  // No renewal fact at all; no longer in the guide.
  const none = heldView({ ...info('pmi-rmp'), fact: null }, { id: 'pmi-rmp', earned: '2023-05-01' }, [], TODAY);
  assert.equal(none.state, 'unknown');
  assert.equal(text(none.rule[0]!), 'The guide has no information on renewing the PMI-RMP. See PMI’s page for the PMI-RMP.');
  const gone = heldView(null, { id: 'old-cert', earned: '2023-05-01' }, [{ credential: 'old-cert', date: '2024-01-01', units: 3 }], TODAY);
  assert.equal(gone.inGuide, false);
  assert.equal(gone.entries.length, 1, 'its log can still be seen and deleted');
  assert.equal(gone.printLine, 'old-cert: earned 1 May 2023; no longer in the guide.');
});

test('a date earned after today is unreadable, said in words a reader can act on', () => {
  const v = heldView(info('pmi-pmp'), { id: 'pmi-pmp', earned: '2027-01-01' }, [], TODAY);
  assert.equal(v.state, 'unreadable');
  assert.equal(text(v.rule[0]!), 'The date you earned it is after today.');
  assert.equal(v.ics, null);
});

test('log entries that cannot count say why', () => {
  const log: StoredLogEntry[] = [
    { credential: 'pmi-pmp', date: '2026-01-01', hours: 3 },
    { credential: 'pmi-pmp', date: '2026-12-08', units: 2 },
  ];
  const v = heldView(info('pmi-pmp'), { id: 'pmi-pmp', earned: '2025-03-15' }, log, TODAY);
  assert.deepEqual(
    v.entries.map((e) => [e.date, e.amount, e.notCounted]),
    [
      ['8 December 2026', '2 PDUs', 'Not counted. It is dated after today.'],
      ['1 January 2026', '3 hours', 'Not counted. It gives hours, and this renewal is counted in PDUs: enter it in PDUs as the issuer counts them.'],
    ],
  );
});

test('every credential, earned on any of several days with a log: no ISO date shown, no label lower-cased, no brackets in brackets', () => {
  const earnedDays = ['2016-02-29', '2023-12-08', '2024-01-10', '2025-03-15', TODAY];
  const issuers = [...new Set(INFOS.map((i) => i.issuer))];
  for (const i of INFOS) {
    for (const earned of earnedDays) {
      const unit = i.rule?.units;
      const log: StoredLogEntry[] = unit
        ? [
            { credential: i.id, date: '2026-06-01', units: 1, ...(i.rule!.areas[0] ? { area: i.rule!.areas[0]!.name } : {}) },
            { credential: i.id, date: '2020-01-01', units: 5, note: 'Older course' },
          ]
        : [];
      const v = heldView(i, { id: i.id, earned }, log, TODAY);
      for (const s of strings(v)) {
        assert.doesNotMatch(s, /\d{4}-\d{2}-\d{2}/, `${i.id} ${earned}: an ISO date in “${s}”`);
        assert.doesNotMatch(s, /\b(pdus?|seus?|ceus?|cpd)\b/, `${i.id}: a unit lower-cased in “${s}”`);
        for (const issuer of issuers)
          if (issuer !== issuer.toLowerCase()) assert.ok(!s.includes(` ${issuer.toLowerCase()} `), `${issuer} lower-cased in “${s}”`);
        assert.doesNotMatch(s, /\([^)]*\(/, `brackets in brackets: “${s}”`);
        assert.doesNotMatch(s, /\b(color|center|license|organization|analyze)\b/i, `American spelling: “${s}”`);
        assert.doesNotMatch(s, /undefined|null|NaN|\[object/, `${i.id}: “${s}”`);
      }
      if (v.state === 'tracked') assert.match(v.printLine, /renew by \d{1,2} [A-Z][a-z]+ \d{4}\./);
    }
  }
});

// ---- Calendar file ---------------------------------------------------------------

test('the calendar file from a held credential parses, on the deadline, with its reminders', () => {
  const v = heldView(info('pmi-pmp'), { id: 'pmi-pmp', earned: '2025-03-15' }, [{ credential: 'pmi-pmp', date: '2025-06-01', units: 10 }], TODAY);
  const made = renewalIcs({ ...v.ics!, url: 'https://example.org/certifications/pmi-pmp/' }, new Date('2026-12-07T10:00:00Z'));
  assert.ok(made.ok);
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(made.ok ? made.text : '')).getFirstSubcomponent('vevent')!);
  assert.equal(event.startDate.toString(), '2028-03-14');
  assert.equal(event.summary, 'Renewal deadline: PMP (PMI)');
  assert.match(event.description, /What PMI asks: 60 PDUs every three years\./);
  assert.match(event.description, /On 7 December 2026: You have logged 10 of the 60 PDUs this cycle needs: 50 more PDUs to go\./);
  assert.equal(event.component.getAllSubcomponents('valarm').length, 2);
});

// ---- What the reader types, and the changes it makes -------------------------------

test('adding a credential: one of the guide’s, not held yet, earned on a real day up to today', () => {
  const record: CredentialsRecord = { held: [{ id: 'pmi-pmp', earned: '2025-03-15' }], log: [] };
  assert.deepEqual(checkAdd('pmi-capm', '2024-01-10', INFOS, record, TODAY), { ok: true, value: { id: 'pmi-capm', earned: '2024-01-10' } });
  assert.deepEqual(checkAdd('', '2024-01-10', INFOS, record, TODAY), { ok: false, field: 'credential', message: 'Choose the credential you hold.' });
  assert.deepEqual(checkAdd('<script>', '2024-01-10', INFOS, record, TODAY), { ok: false, field: 'credential', message: 'Choose the credential you hold.' });
  assert.deepEqual(checkAdd('pmi-pmp', '2024-01-10', INFOS, record, TODAY), {
    ok: false,
    field: 'credential',
    message: 'The PMP is in your list already: change its date earned there.',
  });
  assert.deepEqual(checkAdd('pmi-capm', '', INFOS, record, TODAY), { ok: false, field: 'earned', message: 'Enter the day you earned it.' });
  assert.deepEqual(checkAdd('pmi-capm', '2026-12-08', INFOS, record, TODAY), {
    ok: false,
    field: 'earned',
    message: 'The day you earned it cannot be after today.',
  });
  assert.equal(earnedProblem('2026-02-30', TODAY), 'Enter the day you earned it.');
  assert.equal(earnedProblem(TODAY, TODAY), null);
});

test('a log entry: a real day up to today, a number above 0 in the issuer’s unit, one of the rule’s areas', () => {
  const record = CREDENTIALS.empty();
  const form = { unit: 'PDUs' as const, areas: ['Ways of Working', 'Power Skills'] };
  const entry = (over: Partial<{ date: string; amount: string; area: string; note: string }>) =>
    checkEntry('pmi-capm', { date: '2026-11-01', amount: '2', area: '', note: '', ...over }, form, record, TODAY);
  assert.deepEqual(entry({ amount: ' 2,5 ', area: 'Power Skills', note: '  Negotiation webinar  ' }), {
    ok: true,
    value: { credential: 'pmi-capm', date: '2026-11-01', units: 2.5, area: 'Power Skills', note: 'Negotiation webinar' },
  });
  assert.deepEqual(entry({ amount: '1.234' }), { ok: true, value: { credential: 'pmi-capm', date: '2026-11-01', units: 1.23 } });
  assert.deepEqual(entry({ date: '' }), { ok: false, field: 'date', message: 'Enter the day of the learning.' });
  assert.deepEqual(entry({ date: '2026-12-08' }), { ok: false, field: 'date', message: 'The day cannot be after today: log learning once it is done.' });
  assert.deepEqual(entry({ amount: '' }), { ok: false, field: 'amount', message: 'Enter how many PDUs it earned.' });
  assert.deepEqual(entry({ amount: 'ten' }), { ok: false, field: 'amount', message: 'Enter a number of PDUs above 0.' });
  assert.deepEqual(entry({ amount: '0' }), { ok: false, field: 'amount', message: 'Enter a number of PDUs above 0.' });
  assert.deepEqual(entry({ amount: '1001' }), { ok: false, field: 'amount', message: 'Enter at most 1,000 PDUs for one entry.' });
  assert.deepEqual(entry({ area: 'Giving Back' }), { ok: false, field: 'area', message: 'Choose one of the areas listed.' });
  const long = entry({ note: '😀'.repeat(400) });
  assert.ok(long.ok && long.value.note!.length <= 500 && !/[\uD800-\uDBFF]$/.test(long.value.note!));
  assert.equal(
    loggedSentence({ credential: 'pmi-capm', date: '2026-11-01', units: 1, area: 'Power Skills' }, 'PDUs'),
    'Logged 1 PDU in Power Skills on 1 November 2026.',
  );
  assert.equal(loggedSentence({ credential: 'pmi-pmp', date: '2026-11-01', units: 8 }, 'PDUs'), 'Logged 8 PDUs on 1 November 2026.');
});

test('changes to the record: add once, change the date, remove with its log, delete one entry of two alike', () => {
  let r: CredentialsRecord = CREDENTIALS.empty();
  r = addHeld(r, 'pmi-pmp', '2025-03-15');
  r = addHeld(r, 'pmi-pmp', '2020-01-01');
  assert.deepEqual(r.held, [{ id: 'pmi-pmp', earned: '2025-03-15' }]);
  r = setEarned(r, 'pmi-pmp', '2025-03-16');
  r = addHeld(r, 'pmi-capm', '2024-01-10');
  const e1: StoredLogEntry = { credential: 'pmi-pmp', date: '2025-06-01', units: 10 };
  const e2: StoredLogEntry = { credential: 'pmi-capm', date: '2025-06-01', units: 2, area: 'Power Skills' };
  r = addEntry(addEntry(addEntry(r, e1), e2), { ...e1 });
  assert.equal(r.log.length, 3);
  const once = deleteEntry(r, { ...e1 });
  assert.deepEqual(once.log, [e2, e1], 'one of the two alike is deleted');
  assert.equal(deleteEntry(r, { ...e1, note: 'other' }), r, 'no match: unchanged');
  const removed = removeHeld(r, 'pmi-pmp');
  assert.deepEqual(removed, { held: [{ id: 'pmi-capm', earned: '2024-01-10' }], log: [e2] });
  assert.ok(CREDENTIALS.validate(removed).ok);
});

test('the list to choose from: every credential once, grouped by issuer, alphabetical', () => {
  const groups = choices(INFOS);
  assert.deepEqual(
    groups.map((g) => g.issuer),
    [...groups.map((g) => g.issuer)].sort((a, b) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' })),
  );
  assert.equal(groups.flatMap((g) => g.options).length, INFOS.length);
  const pmi = groups.find((g) => g.issuer === 'PMI')!;
  assert.deepEqual(
    pmi.options.map((o) => o.name),
    [...pmi.options.map((o) => o.name)].sort((a, b) => a.localeCompare(b, 'en-GB', { sensitivity: 'base', numeric: true })),
  );
  assert.ok(pmi.options.some((o) => o.name === 'Project Management Professional (PMP)'));
});

test('the fetched renewal data is read with care: anything unexpected gives null, never an exception', () => {
  assert.equal(readInfos({ version: 1, credentials: INFOS })?.length, INFOS.length);
  for (const bad of [
    null,
    5,
    'x',
    [],
    { version: 2, credentials: [] },
    { version: 1 },
    { version: 1, credentials: [null] },
    { version: 1, credentials: [{ ...INFOS[0], issuerUrl: 'javascript:alert(1)' }] },
  ]) {
    assert.equal(readInfos(bad), null, JSON.stringify(bad));
  }
});
