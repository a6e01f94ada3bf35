import { test } from 'node:test';
import assert from 'node:assert/strict';
import { representatives, templateOf } from '../e2e/templates.ts';

test('pages map to their build template by URL prefix', () => {
  assert.equal(templateOf(''), 'home');
  assert.equal(templateOf('glossary/'), 'glossary');
  assert.equal(templateOf('whole-guide/'), 'whole-guide');
  assert.equal(templateOf('guide/the-role/'), 'guide/*');
  assert.equal(templateOf('guide/a-new-chapter/'), 'guide/*');
  assert.equal(templateOf('glossary/raid-log/'), 'glossary/*');
  assert.equal(templateOf('roles/project-manager/'), 'roles/*');
  assert.equal(templateOf('certifications/pmp/'), 'certifications/*');
  assert.equal(templateOf('tools/self-assessment/'), 'tools/self-assessment');
  assert.equal(templateOf('tools/career-plan/'), 'tools/career-plan');
  assert.equal(templateOf('about/checking-facts/'), 'about/*');
});

test('each template is represented by its largest page', () => {
  const sizes: Record<string, number> = { '': 5, 'guide/a/': 10, 'guide/b/': 30, 'guide/c/': 30, 'glossary/': 50, 'glossary/x/': 3, 'tools/templates/': 9 };
  assert.deepEqual(
    [...representatives(Object.keys(sizes), (p) => sizes[p]!)],
    [
      ['glossary', 'glossary/'],
      ['glossary/*', 'glossary/x/'],
      ['guide/*', 'guide/b/'],
      ['home', ''],
      ['tools/templates', 'tools/templates/'],
    ],
  );
});
