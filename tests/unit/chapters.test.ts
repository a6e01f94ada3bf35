import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { checkChapters } from '../../build/integrations/content-integrity.ts';
import { analyseChapter } from '../../build/prose.ts';

const fixture = (name: string) => join(import.meta.dirname, '../fixtures/chapters', name);

test('a chapter with outcomes, an exercise, a description and enough words passes', () => {
  const result = checkChapters(fixture('valid'), undefined, ['alpha']);
  assert.deepEqual(result.errors, []);
  assert.equal(result.chapters, 1);
  assert.ok(result.words >= 1000 && result.words <= 2000, String(result.words));
});

test('a chapter breaking the rules fails, naming the file and each rule', () => {
  const { errors } = checkChapters(fixture('broken'), undefined, ['alpha']);
  const file = 'src/content/docs/guide/beta.mdx';
  const expected = [
    `${file}: line 5: "organize": use -ise spelling`,
    `${file}: line 5: "résumé": say CV`,
    `${file}: "60 PDUs": a PDU count belongs in <CertFact>`,
    `${file}: the chapter must open with <Outcomes> (what the reader will be able to do)`,
    `${file}: the last "## " section must be the exercise ("## Exercise: …")`,
    `${file}: needs a description in its frontmatter`,
    `${file}: chapter "beta" is in no part of the guide; add it to src/config/parts.ts`,
    'src/config/parts.ts: lists chapter "alpha", but src/content/docs/guide/alpha.mdx does not exist',
  ];
  for (const e of expected) assert.ok(errors.includes(e), `missing: ${e}\nin:\n${errors.join('\n')}`);
  assert.ok(errors.some((e) => /has \d+ words of prose; a chapter needs at least 1000/.test(e)));
});

test('contrasts are found and counted', () => {
  const report = analyseChapter('---\ndescription: x\n---\nShip the fix, not the feature. Use a plan rather than a hope. Not only this.\n');
  assert.equal(report.contrasts.length, 2);
});

test('at most one note that an example is invented, and no asides about list order', () => {
  const chapter = (body: string) => `---\ndescription: x\n---\n<Outcomes>\n- a\n</Outcomes>\n\n${body}\n\n## Exercise: y\n\nDo it.\n`;
  const two = analyseChapter(chapter('The firm is invented. Its people are fictional too.'));
  assert.equal(two.inventedNotes, 2);
  assert.ok(
    two.problems.some((p) => /2 notes that an example is invented/.test(p)),
    two.problems.join(' | '),
  );
  assert.ok(!analyseChapter(chapter('The firm is invented.')).problems.some((p) => /invented/.test(p)));
  const aside = analyseChapter(chapter('Four habits follow. The one that surprises newcomers most comes first. Major incidents come first; requests wait.'));
  assert.deepEqual(aside.listOrderAsides, ['The one that surprises newcomers most comes first']);
});
