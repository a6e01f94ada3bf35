import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { buildPolicy, inlineScripts, scriptHash, withMetaPolicy } from '../../src/lib/csp.ts';

const page = `<html><head><title>x</title><script>a()</script></head><body>
<script type="module">b()</script><script src="/x.js"></script><script type="application/json">{"c":1}</script>
<script type="text/javascript">d()</script></body></html>`;

test('finds executable inline scripts only', () => {
  assert.deepEqual(inlineScripts(page), ['a()', 'b()', 'd()']);
});

test('hashes match the browser’s SHA-256 of the exact script text', () => {
  assert.equal(scriptHash('a()'), `'sha256-${createHash('sha256').update('a()').digest('base64')}'`);
});

test('the policy never allows inline scripts wholesale; frame-ancestors only in headers', () => {
  const meta = buildPolicy([scriptHash('a()')], { forMeta: true });
  const header = buildPolicy([scriptHash('a()')], { forMeta: false });
  const scriptSrc = meta.split('; ').find((d) => d.startsWith('script-src'))!;
  assert.doesNotMatch(scriptSrc, /'unsafe-inline'|'unsafe-eval'/);
  assert.match(scriptSrc, /'sha256-/);
  assert.doesNotMatch(meta, /frame-ancestors/);
  assert.match(header, /frame-ancestors 'self'/);
  assert.match(meta, /default-src 'self'/);
});

test('the meta policy goes first in <head>, once', () => {
  const out = withMetaPolicy(page);
  assert.match(out, /^<html><head><meta http-equiv="Content-Security-Policy" content="[^"]+'sha256-[^"]+"><title>/);
  assert.equal(withMetaPolicy(out), out);
  for (const s of ['a()', 'b()', 'd()']) assert.ok(out.includes(scriptHash(s)), s);
  assert.ok(!out.includes(scriptHash('{"c":1}')));
});
