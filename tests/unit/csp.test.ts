import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { buildPolicy, checkMetaPolicy, inlineScripts, scriptHash, withMetaPolicy } from '../../build/csp.ts';

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

// A page whose text quotes a policy (a code sample, an attribute) must still get one.
const quoting = readFileSync('tests/fixtures/csp/site/guide/sample/index.html', 'utf8');

test('a page that only mentions http-equiv="Content-Security-Policy" in its text still gets a policy', () => {
  assert.deepEqual(checkMetaPolicy(quoting), ['no Content-Security-Policy <meta> element']);
  const out = withMetaPolicy(quoting);
  assert.notEqual(out, quoting);
  assert.deepEqual(checkMetaPolicy(out), []);
  assert.match(out, /<head><meta http-equiv="Content-Security-Policy" content="[^"]*'sha256-/);
});

test('scripts are found by parsing: text that looks like a script tag is not one', () => {
  const html = '<html><head></head><body><p>&lt;script&gt;x()&lt;/script&gt;</p><p title="<script>y()</script>">t</p><script>z()\r\n</script></body></html>';
  assert.deepEqual(inlineScripts(html), ['z()\n']);
});

test('the check catches a missing, duplicated, late or incomplete policy', () => {
  const ok = withMetaPolicy(page);
  assert.deepEqual(checkMetaPolicy(ok), []);
  const meta = ok.match(/<meta http-equiv="Content-Security-Policy"[^>]*>/)![0];
  assert.match(checkMetaPolicy(ok.replace('<title>', `${meta}<title>`))[0]!, /2 Content-Security-Policy <meta> elements/);
  assert.ok(checkMetaPolicy(ok.replace(meta, '').replace('a()</script>', `a()</script>${meta}`)).some((p) => /script comes before/.test(p)));
  const extra = ok.replace('</body>', '<script>evil()</script></body>');
  assert.ok(checkMetaPolicy(extra).some((p) => p.includes(scriptHash('evil()'))));
  const lax = ok.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");
  assert.ok(checkMetaPolicy(lax).some((p) => /unsafe-inline/.test(p)));
});
