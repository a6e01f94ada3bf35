import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileForPath, idsOf } from '../../build/link-check.ts';

test('resolves pages and assets the way a static server does', () => {
  const files = new Set(['index.html', 'guide/a/index.html', '_astro/x.css', '404.html']);
  assert.equal(fileForPath('/', files), 'index.html');
  assert.equal(fileForPath('/guide/a/', files), 'guide/a/index.html');
  assert.equal(fileForPath('/guide/a', files), 'guide/a/index.html');
  assert.equal(fileForPath('/_astro/x.css', files), '_astro/x.css');
  assert.equal(fileForPath('/guide/b/', files), undefined);
  assert.equal(fileForPath('/%E0%A4%A', files), undefined);
});

test('ids are read with their entities decoded', () => {
  assert.deepEqual([...idsOf('<h2 id="a&amp;b">x</h2><p id="c">y</p>')], ['a&b', 'c']);
});
