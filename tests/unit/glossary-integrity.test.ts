import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import contentIntegrity, { checkContent } from '../../build/integrations/content-integrity.ts';
import { checkGlossaryIntegrity, findTermUses } from '../../src/lib/glossary.ts';

const fixture = (name: string) => join(import.meta.dirname, '../fixtures/integrity', name);

test('a valid glossary and chapter pass', () => {
  assert.deepEqual(checkContent(fixture('valid')), []);
});

test('two terms sharing a name or alias fail, naming both files, the terms and the fields', () => {
  // raid-register.yaml's alias "raid" collides (case-insensitively) with raid-log.yaml's alias "RAID".
  assert.deepEqual(checkContent(fixture('duplicate')), [
    'src/content/glossary/raid-register.yaml: term "raid-register" field "aliases[0]" ("raid") duplicates src/content/glossary/raid-log.yaml: term "raid-log" field "aliases[0]"',
  ]);
  const nameClash = checkGlossaryIntegrity([
    { id: 'go-live', file: 'a.yaml', name: 'Go-live', aliases: [], related: [] },
    { id: 'golive', file: 'b.yaml', name: 'Go live', aliases: [], related: [] },
  ]);
  assert.deepEqual(nameClash, ['b.yaml: term "golive" field "name" ("Go live") duplicates a.yaml: term "go-live" field "name"']);
});

test('a related id that does not exist fails, naming file, term and field', () => {
  assert.deepEqual(checkContent(fixture('unknown-related')), [
    'src/content/glossary/raid-log.yaml: term "raid-log" field "related[1]" refers to unknown term "risk-registr"',
  ]);
});

test('a seeInstead id that does not exist fails', () => {
  assert.deepEqual(checkContent(fixture('unknown-see-instead')), [
    'src/content/glossary/backlog-grooming.yaml: term "backlog-grooming" field "seeInstead" refers to unknown term "backlog-refinement"',
  ]);
});

test('a chapter using a term that does not exist fails, naming the file and line', () => {
  assert.deepEqual(checkContent(fixture('unknown-term')), [
    'src/content/docs/guide/chapter.mdx:9: <Term> field "id" refers to unknown glossary term "go-live"',
  ]);
});

test('the Astro integration stops the build on any of these failures', () => {
  const hook = contentIntegrity({ chapterRules: false }).hooks['astro:config:setup'] as (o: unknown) => void;
  const run = (name: string) => () => hook({ config: { root: pathToFileURL(fixture(name) + '/') } });
  assert.doesNotThrow(run('valid'));
  for (const bad of ['duplicate', 'unknown-related', 'unknown-see-instead', 'unknown-term']) {
    assert.throws(run(bad), /Content integrity check failed/, bad);
  }
});

test('self references are rejected', () => {
  const errors = checkGlossaryIntegrity([{ id: 'a', file: 'a.yaml', name: 'A', aliases: [], related: ['a'], seeInstead: 'a' }]);
  assert.equal(errors.length, 2);
});

test('findTermUses reads both quote styles and reports lines', () => {
  const src = 'intro\n<Term id="raid-log">RAID</Term> and <Term  id=\'risk\'>risk</Term>\n<Terminal id="x" />';
  assert.deepEqual(findTermUses(src, 'f.mdx'), [
    { file: 'f.mdx', id: 'raid-log', line: 2 },
    { file: 'f.mdx', id: 'risk', line: 2 },
  ]);
});
