import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coverageProblems, routeMatcher, siteTemplates, type Template } from '../e2e/templates.ts';
import type { Tool } from '../../src/tools/registry.ts';

const budget = { html: 1, css: 1, js: 1, total: 1 };
const tool = (id: string, route: string, extra: Partial<Tool> = {}): Tool => ({
  id,
  label: id,
  description: id,
  route,
  pageType: id,
  measure: route.slice(1),
  budget,
  exercise: { path: route.slice(1) },
  ...extra,
});
const TOOLS: Tool[] = [
  tool('roles', '/roles/', { subRoutes: { '/roles/[id]': 'role-page.astro' }, subPage: { pageType: 'role', measure: 'roles/pm/', budget } }),
  tool('plan', '/tools/plan/'),
];
const templates = siteTemplates(TOOLS, ['the-role', 'beta']);
const nameOf = (path: string, build: 'root' | 'org' = 'root') => templates.filter((t) => t.builds.includes(build) && t.matches(path)).map((t) => t.name);
const SITE = ['', 'about/checking-facts/', 'guide/the-role/', 'guide/beta/', 'roles/', 'roles/pm/', 'roles/qa/', 'tools/plan/', 'whole-guide/'];

test('registry route patterns match their pages only', () => {
  const m = routeMatcher('/roles/[id]');
  assert.equal(m('roles/pmo-lead/'), true);
  assert.equal(m('roles/'), false);
  assert.equal(m('roles/a/b/'), false);
  assert.equal(routeMatcher('/tools/self-assessment/')('tools/self-assessment/'), true);
});

test('pages map to the templates written down from the guide and the tool registry', () => {
  assert.deepEqual(nameOf(''), ['home']);
  assert.deepEqual(nameOf('guide/the-role/'), ['chapter']);
  assert.deepEqual(nameOf('whole-guide/'), ['whole guide']);
  assert.deepEqual(nameOf('about/checking-facts/'), ['about page']);
  assert.deepEqual(nameOf('roles/'), ['tool roles']);
  assert.deepEqual(nameOf('roles/pm/'), ['tool roles: /roles/[id]']);
  assert.deepEqual(nameOf('tools/plan/'), ['tool plan']);
  assert.deepEqual(nameOf('org/levels/', 'org'), ['organisation page']);
  // Organisation pages exist only in the organisation's build.
  assert.deepEqual(nameOf('org/levels/'), []);
});

test('a build the list covers has no problems', () => {
  assert.deepEqual(coverageProblems(templates, 'root', SITE), []);
});

test('a new section, a chapter missing from the parts, or an organisation page in the public build is a problem', () => {
  assert.deepEqual(coverageProblems(templates, 'root', [...SITE, 'news/launch/', 'guide/gamma/', 'org/levels/']), [
    '/news/launch/ belongs to no template: add its template and a representative page to tests/e2e/templates.ts',
    '/guide/gamma/ belongs to no template: add its template and a representative page to tests/e2e/templates.ts',
    '/org/levels/ belongs to no template: add its template and a representative page to tests/e2e/templates.ts',
  ]);
});

test('a template without pages, or whose representative is missing or not its own, is a problem', () => {
  assert.deepEqual(
    coverageProblems(
      templates,
      'root',
      SITE.filter((p) => p !== 'whole-guide/'),
    ),
    ['template "whole guide": its representative /whole-guide/ is not in the root build\'s sitemap', 'template "whole guide" has no page in the root build'],
  );
  assert.deepEqual(
    coverageProblems(
      templates,
      'root',
      SITE.filter((p) => p !== 'roles/pm/'),
    ),
    ['template "tool roles: /roles/[id]": its representative /roles/pm/ is not in the root build\'s sitemap'],
  );
  const wrong: Template[] = templates.map((t) => (t.name === 'about page' ? { ...t, representative: 'guide/the-role/' } : t));
  assert.deepEqual(coverageProblems(wrong, 'root', SITE), ['template "about page": its representative /guide/the-role/ is not one of its pages']);
});

test('a page in two templates is a problem', () => {
  const twice: Template[] = [...templates, { ...templates[0]!, name: 'home again' }];
  assert.deepEqual(coverageProblems(twice, 'root', SITE), ['/ belongs to 2 templates (home, home again)']);
});

test('a new tool is covered by its registry entry; sub-pages without a page to stand for them are a problem', () => {
  const more = [...TOOLS, tool('quiz', '/tools/quiz/', { subRoutes: { '/tools/quiz/[id]': 'q.astro' } })];
  assert.deepEqual(coverageProblems(siteTemplates(more, ['the-role', 'beta']), 'root', [...SITE, 'tools/quiz/', 'tools/quiz/one/']), [
    'template "tool quiz: /tools/quiz/[id]" names no representative page (for a tool\'s sub-pages: its subPage in src/tools/registry.ts)',
  ]);
});
