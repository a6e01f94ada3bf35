import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { checkDataFiles } from '../../build/integrations/content-integrity.ts';

// Each fixture holds one bad YAML data file; the pre-check must name the file
// (and line where there is one), the field where there is one, and what to do.
const check = (name: string) => checkDataFiles(join(import.meta.dirname, '../fixtures/bad-files', name));

test('an empty file is named, with what to do', () => {
  assert.deepEqual(check('empty'), ['src/content/glossary/stage-gate.yaml: the file is empty: write the entry\'s fields (e.g. "name: …") or delete the file']);
});

test('a file with only comments is named', () => {
  assert.deepEqual(check('comment-only'), [
    'src/content/certifications/pmp.yaml: the file holds only comments: write the entry\'s fields (e.g. "name: …") or delete the file',
  ]);
});

test('a file whose top level is a list is named, with the fix', () => {
  assert.deepEqual(check('list-topped'), [
    'src/content/glossary/raid-log.yaml:1:1: the top level is a list (lines starting with "- "), but each file holds one entry as fields ("name: …", "summary: …"): remove the leading "- " and indent, or split the list into one file per entry',
  ]);
});

test('an unclosed quote is reported where it opens, with its field, not at the end of the file', () => {
  assert.deepEqual(check('unclosed-quote'), [
    'src/content/glossary/raid-log.yaml:2:7: the quoted value of field "name" opened here with " is never closed (the YAML parser only noticed at the end of the file): add the closing " at the end of the value',
  ]);
});

test('other malformed YAML gives the line of the real error', () => {
  const [msg, ...rest] = check('bad-indent');
  assert.deepEqual(rest, []);
  assert.match(msg!, /^src\/content\/market\/pay\.yaml:4:1: not valid YAML: Tabs are not allowed as indentation\. Check the indentation/);
});

test('a field given twice is named by its line', () => {
  assert.deepEqual(check('duplicate-key'), ['src/content/roles/project-manager.yaml:4:1: this field appears twice in the file: keep one of them']);
});

test('two rungs with the same number name both files', () => {
  assert.deepEqual(check('duplicate-rungs'), [
    'src/content/roles/senior-project-manager.yaml: role "senior-project-manager" field "rung" is 2, the same as src/content/roles/project-manager.yaml (role "project-manager"): give each rung its own number, 1 at the bottom of the ladder',
  ]);
});

test('the real content and the valid fixture pass the pre-check', () => {
  assert.deepEqual(checkDataFiles(join(import.meta.dirname, '../..')), []);
  assert.deepEqual(checkDataFiles(join(import.meta.dirname, '../fixtures/integrity/valid')), []);
});
