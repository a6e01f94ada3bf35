import { test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { escapeText, foldLine, PRODID, renewalIcs, type RenewalEventInput } from '../../src/lib/ics.ts';
import { computeRenewal } from '../../src/lib/renewals.ts';
import { loadCertificationFiles } from './support/data.ts';

const STAMP = new Date('2026-12-07T10:20:30.456Z');
const PMP: RenewalEventInput = { credentialId: 'pmi-pmp', credentialName: 'PMP', issuer: 'PMI', earned: '2024-03-15', deadline: '2027-03-14' };

function make(input: RenewalEventInput, stamp = STAMP): string {
  const r = renewalIcs(input, stamp);
  if (!r.ok) assert.fail(r.message);
  return r.text;
}

/** Parses with ical.js and returns the event, after checking the RFC's line rules on the raw text. */
function parseIcs(text: string) {
  assert.ok(text.endsWith('\r\n'), 'ends with CRLF');
  assert.doesNotMatch(text.replaceAll('\r\n', ''), /[\r\n]/, 'no bare CR or LF');
  for (const line of text.slice(0, -2).split('\r\n')) {
    assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `line longer than 75 octets: ${line}`);
    assert.doesNotMatch(line, /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/, 'a character split across lines');
    assert.equal(Buffer.from(line, 'utf8').toString('utf8'), line);
  }
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent('vevent');
  assert.ok(vevent, 'has a VEVENT');
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

test('a renewal deadline parses as one all-day event with the required properties', () => {
  const text = make(PMP);
  const { calendar, vevent, event } = parseIcs(text);
  assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
  assert.equal(calendar.getFirstPropertyValue('prodid'), PRODID);
  assert.equal(event.uid, 'renewal-pmi-pmp-2024-03-15@itpm-career-guide.invalid');
  assert.equal(event.startDate.isDate, true);
  assert.equal(event.startDate.toString(), '2027-03-14');
  assert.equal(event.endDate.toString(), '2027-03-15');
  assert.equal(event.summary, 'Renewal deadline: PMP (PMI)');
  assert.match(event.description, /^The last day of this renewal cycle for PMP\. Check what PMI asks for/);
  assert.equal(String(vevent.getFirstPropertyValue('dtstamp')), '2026-12-07T10:20:30Z');
  assert.match(text, /\r\nDTSTART;VALUE=DATE:20270314\r\n/);
  assert.match(text, /\r\nDTSTAMP:20261207T102030Z\r\n/);
  assert.ok(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:'));
});

test('reminders: one VALARM per day chosen, at 09:00 that many days before the deadline', () => {
  const { vevent } = parseIcs(make({ ...PMP, reminderDays: [30, 90, 1, 0, 30, -2, 2.5] }));
  const alarms = vevent.getAllSubcomponents('valarm');
  const start = vevent.getFirstPropertyValue('dtstart') as InstanceType<typeof ICAL.Time>;
  const fired = alarms.map((a) => {
    assert.equal(a.getFirstPropertyValue('action'), 'DISPLAY');
    assert.ok(String(a.getFirstPropertyValue('description')).length > 0);
    const at = start.clone();
    at.isDate = false; // local midnight at the start of the all-day event
    at.addDuration(a.getFirstPropertyValue('trigger') as InstanceType<typeof ICAL.Duration>);
    return at.toString();
  });
  assert.deepEqual(fired, ['2026-12-14T09:00:00', '2027-02-12T09:00:00', '2027-03-13T09:00:00', '2027-03-14T09:00:00']);
  assert.equal(parseIcs(make(PMP)).vevent.getAllSubcomponents('valarm').length, 2, 'default: 90 and 30 days');
});

test('the UID is stable: the same credential and day earned give the same UID whatever the deadline or time', () => {
  const a = parseIcs(make(PMP)).event.uid;
  const b = parseIcs(make({ ...PMP, deadline: '2030-03-14' }, new Date('2030-01-01T00:00:00Z'))).event.uid;
  const c = parseIcs(make({ ...PMP, earned: '2024-03-16' })).event.uid;
  assert.equal(a, b);
  assert.notEqual(a, c);
  assert.match(a, /^[a-z0-9-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/);
});

test('escaping: commas, semicolons, backslashes and every kind of newline survive a round trip through the parser', () => {
  const hostile = 'a,b;c\\d\ne\r\nf\rg\u2028h\ti \\n not a newline; END:VEVENT\r\nBEGIN:VEVENT';
  const { event, calendar } = parseIcs(make({ ...PMP, credentialName: hostile, description: hostile }));
  const asParsed = 'a,b;c\\d\ne\nf\ng\nh\ti \\n not a newline; END:VEVENT\nBEGIN:VEVENT';
  assert.equal(event.summary, `Renewal deadline: ${asParsed} (PMI)`);
  assert.ok(event.description.endsWith(`\n\n${asParsed}`));
  assert.equal(calendar.getAllSubcomponents('vevent').length, 1, 'text cannot start a component');
  assert.equal(escapeText('a,b;c\\d\ne'), 'a\\,b\\;c\\\\d\\ne');
  assert.equal(escapeText('bell\u0007 and nul\u0000 dropped, tab\tkept'), 'bell and nul dropped\\, tab\tkept');
});

test('folding: long lines fold at 75 octets, never inside a character, and unfold to the original', () => {
  for (const text of ['x'.repeat(500), 'é'.repeat(200), '日本語'.repeat(100), '🎓👩🏽‍💻'.repeat(60), `a${'😀'.repeat(80)}`, 'ab'.repeat(37) + '€']) {
    const folded = foldLine(`DESCRIPTION:${text}`);
    const lines = folded.split('\r\n');
    assert.ok(lines.length > 1);
    lines.forEach((l, i) => {
      assert.ok(Buffer.byteLength(l, 'utf8') <= 75, `${i}: ${Buffer.byteLength(l, 'utf8')}`);
      if (i > 0) assert.ok(l.startsWith(' '), 'a continuation line starts with one space');
    });
    assert.equal(folded.replaceAll('\r\n ', ''), `DESCRIPTION:${text}`);
  }
  assert.equal(foldLine('x'.repeat(75)), 'x'.repeat(75), 'exactly 75 octets stays on one line');
  assert.equal(foldLine('x'.repeat(76)), `${'x'.repeat(75)}\r\n x`);
  const euro = foldLine(`${'x'.repeat(74)}€`);
  assert.equal(euro, `${'x'.repeat(74)}\r\n €`, 'a three-octet character that would cross octet 75 moves whole to the next line');
});

test('hostile text: emoji, very long names, lone surrogates and markup all give a file the parser reads back', () => {
  const long = 'Professional Certificate in Extremely Long Names '.repeat(40);
  const cases = [
    { credentialName: '🎓 PMP 👩🏽‍💻 ✅', issuer: 'PMI 🌍' },
    { credentialName: long, issuer: 'Ünïcödé Ïssüer, Ltd.; "Quoted"' },
    { credentialName: 'broken \uD83D surrogate', issuer: 'X\uDE00' },
    { credentialName: '<script>alert(1)</script>', issuer: '&amp;' },
  ];
  for (const c of cases) {
    const { event } = parseIcs(make({ ...PMP, ...c, description: `${c.credentialName}\n${'😀'.repeat(500)}` }));
    assert.ok(event.summary.startsWith('Renewal deadline: '));
    assert.ok(!event.summary.includes('\uD83D surrogate'), 'lone surrogates replaced');
  }
  const longSummary = parseIcs(make({ ...PMP, credentialName: long })).event.summary;
  assert.ok([...longSummary].length < 400, 'names are clipped');
  assert.ok(longSummary.includes('…'));
});

test('URL: an https address is attached; anything else is left out', () => {
  assert.equal(
    parseIcs(make({ ...PMP, url: 'https://guide.example.org/certifications/pmi-pmp/' })).vevent.getFirstPropertyValue('url'),
    'https://guide.example.org/certifications/pmi-pmp/',
  );
  for (const url of ['javascript:alert(1)', 'http://example.org/', 'https://example.org/\r\nATTACH:x', 'not a url']) {
    const { vevent } = parseIcs(make({ ...PMP, url }));
    assert.equal(vevent.getFirstPropertyValue('url'), null, url);
    assert.equal(vevent.getAllProperties('attach').length, 0);
  }
});

test('bad input gives a message, never a file and never an exception', () => {
  const bad: unknown[] = [
    null,
    { ...PMP, credentialId: 'PMP; X' },
    { ...PMP, credentialId: '../x' },
    { ...PMP, credentialName: '   ' },
    { ...PMP, issuer: 7 },
    { ...PMP, earned: '2023-02-29' },
    { ...PMP, deadline: '2024-03-14' },
    { ...PMP, deadline: '9999-12-31' },
    new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
      },
    ),
  ];
  bad.forEach((input, i) => {
    const r = renewalIcs(input as RenewalEventInput, STAMP);
    assert.equal(r.ok, false, `case ${i}`);
    if (!r.ok) assert.ok(r.message.length > 10);
  });
  assert.equal(renewalIcs(PMP, new Date('nonsense')).ok, false);
});

test('every credential with a rule gives a valid file from its computed deadline', () => {
  for (const c of loadCertificationFiles().filter((x) => x.renewalRule)) {
    const r = computeRenewal(c.renewalRule, '2016-02-29', '2026-12-07');
    assert.equal(r.status, 'ok');
    if (r.status !== 'ok') continue;
    const result = renewalIcs(
      {
        credentialId: c.id,
        credentialName: c.name,
        issuer: c.issuer.publisher,
        earned: '2016-02-29',
        deadline: r.cycle.end,
        reminderDays: r.reminders.map((x) => x.daysBefore),
      },
      STAMP,
    );
    assert.ok(result.ok, c.id);
    if (!result.ok) continue;
    assert.equal(result.fileName, `${c.id}-renewal-${r.cycle.end}.ics`);
    const { event } = parseIcs(result.text);
    assert.equal(event.startDate.toString(), r.cycle.end, c.id);
  }
});
