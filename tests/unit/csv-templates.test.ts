import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../src/lib/csv.ts';

test('parseCsv handles quotes, doubled quotes, embedded commas and newlines', () => {
  assert.deepEqual(parseCsv('a,b\n"x, y","say ""hi"""\n"multi\nline",\n'), [
    ['a', 'b'],
    ['x, y', 'say "hi"'],
    ['multi\nline', ''],
  ]);
  assert.deepEqual(parseCsv('a,b\r\n1,2'), [
    ['a', 'b'],
    ['1', '2'],
  ]);
});

const dir = join(import.meta.dirname, '../../public/templates');

test('every CSV template has a header and rows of the same width, matching its Markdown table', () => {
  const csvs = readdirSync(dir).filter((f) => f.endsWith('.csv'));
  assert.deepEqual(csvs.sort(), ['communication-plan.csv', 'raid-log.csv', 'stakeholder-map.csv']);
  for (const f of csvs) {
    const rows = parseCsv(readFileSync(join(dir, f), 'utf8'));
    assert.ok(rows.length >= 4, f);
    for (const r of rows) assert.equal(r.length, rows[0]!.length, `${f}: ${r.join('|')}`);
    const md = readFileSync(join(dir, f.replace('.csv', '.md')), 'utf8');
    const headerLine = md.split('\n').find((l) => l.startsWith('|') && l.includes(rows[0]![0]!));
    assert.ok(headerLine, `${f}: the Markdown has the same table`);
    const mdCols = headerLine
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    assert.deepEqual(mdCols, rows[0], f);
  }
});

test('the five Markdown templates exist, with a title and placeholders', () => {
  for (const f of ['project-charter', 'status-report', 'raid-log', 'stakeholder-map', 'communication-plan']) {
    const md = readFileSync(join(dir, `${f}.md`), 'utf8');
    assert.match(md, /^# \S/, f);
    assert.match(md, /\[[A-Z][^\]]+\]/, f);
  }
});
