import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvField, parseCsv, toCsv } from '../../src/lib/csv.ts';

test('plain fields stay as they are; commas, quotes and line breaks are quoted, quotes doubled', () => {
  assert.equal(csvField('PMP'), 'PMP');
  assert.equal(csvField('a, b'), '"a, b"');
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField('two\nlines'), '"two\nlines"');
  assert.equal(csvField('cr\r\nlf'), '"cr\r\nlf"');
  assert.equal(csvField(''), '');
  assert.equal(csvField(null), '');
  assert.equal(csvField(undefined), '');
  assert.equal(csvField(true), 'true');
});

test('formula injection: text starting with = + - @ tab or CR is written as text', () => {
  assert.equal(csvField('=HYPERLINK("https://evil.example","x")'), '"\'=HYPERLINK(""https://evil.example"",""x"")"');
  assert.equal(csvField('+1'), "'+1");
  assert.equal(csvField('-2+3'), "'-2+3");
  assert.equal(csvField('@SUM(A1:A2)'), "'@SUM(A1:A2)");
  assert.equal(csvField('\t=1'), "'\t=1");
  assert.equal(csvField('\r=1'), `"'\r=1"`);
  assert.equal(csvField('a=b'), 'a=b', 'only the first character matters');
  assert.equal(csvField(-5), '-5', 'numbers are data');
  assert.equal(csvField(2.5), '2.5');
  assert.equal(csvField(Number.NaN), '');
});

test('toCsv writes CRLF records that parseCsv reads back exactly', () => {
  const rows = [
    ['id', 'note', 'n'],
    ['a', 'x, "y"\nz', 3],
    ['b', '', -1],
    ['c', 'emoji 🎓 and – dashes', 0],
  ];
  const text = toCsv(rows);
  assert.ok(text.endsWith('\r\n'));
  assert.equal(text.split('\r\n')[0], 'id,note,n');
  assert.deepEqual(
    parseCsv(text),
    rows.map((r) => r.map(String)),
  );
});
