import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isRootRelative, normaliseBase, withBase, withoutBase } from '../../src/lib/paths.ts';

test('normaliseBase accepts the usual spellings of a base path', () => {
  assert.equal(normaliseBase(undefined), '/');
  assert.equal(normaliseBase(''), '/');
  assert.equal(normaliseBase('/'), '/');
  assert.equal(normaliseBase('careers'), '/careers/');
  assert.equal(normaliseBase('/careers'), '/careers/');
  assert.equal(normaliseBase('/intranet/careers/'), '/intranet/careers/');
});

test('normaliseBase rejects bases that would produce broken or foreign URLs', () => {
  for (const bad of ['/a b/', '/../x/', '/a//b/', '/x?y/', 'https://evil.example/', '/<script>/']) {
    assert.throws(() => normaliseBase(bad), /Invalid base path/, bad);
  }
});

test('isRootRelative only matches same-site absolute paths', () => {
  assert.equal(isRootRelative('/guide/'), true);
  assert.equal(isRootRelative('//cdn.example/x.js'), false);
  assert.equal(isRootRelative('https://example.org/'), false);
  assert.equal(isRootRelative('#top'), false);
  assert.equal(isRootRelative('../x/'), false);
});

test('withBase prefixes root-relative links once and leaves others alone', () => {
  assert.equal(withBase('/guide/skills/', '/'), '/guide/skills/');
  assert.equal(withBase('/guide/skills/', '/careers/'), '/careers/guide/skills/');
  assert.equal(withBase('/guide/skills/#intro', '/careers/'), '/careers/guide/skills/#intro');
  assert.equal(withBase('/careers/guide/', '/careers/'), '/careers/guide/');
  assert.equal(withBase('/careers', '/careers/'), '/careers');
  assert.equal(withBase('/', '/careers/'), '/careers/');
  assert.equal(withBase('https://pmi.org/', '/careers/'), 'https://pmi.org/');
  assert.equal(withBase('//host/x', '/careers/'), '//host/x');
  assert.equal(withBase('#anchor', '/careers/'), '#anchor');
  assert.equal(withBase('mailto:a@b.c', '/careers/'), 'mailto:a@b.c');
});

test('withoutBase is the inverse of withBase for site paths', () => {
  for (const p of ['/', '/guide/skills/', '/glossary/#raid-log']) {
    assert.equal(withoutBase(withBase(p, '/careers/'), '/careers/'), p);
    assert.equal(withoutBase(p, '/'), p);
  }
  assert.equal(withoutBase('/careers', '/careers/'), '/');
});
