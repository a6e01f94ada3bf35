import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

// A <meta> CSP cannot stop framing (browsers ignore frame-ancestors there), so
// every ready-made host file must send it as a header, with X-Frame-Options
// for older browsers.
const files = ['hosting/netlify/_headers', 'hosting/apache/.htaccess', 'hosting/iis/web.config'];

for (const file of files) {
  test(`${file} forbids framing by other sites`, () => {
    const text = readFileSync(file, 'utf8');
    assert.match(text, /Content-Security-Policy\W+(value=)?"?frame-ancestors 'self'/);
    assert.match(text, /X-Frame-Options\W+(value=)?"?SAMEORIGIN/);
    assert.match(text, /X-Content-Type-Options\W+(value=)?"?nosniff/);
  });
}

test('the ready-made host files are what build/hosting.ts writes (run npm run hosting-files after changing it)', async () => {
  const { HOST_FILES, SECURITY_HEADERS } = await import('../../build/hosting.ts');
  for (const [path, write] of Object.entries(HOST_FILES))
    assert.equal(readFileSync(path, 'utf8'), write(), `${path} is out of date: run npm run hosting-files`);
  // One list: the release's nginx snippet sends the same headers.
  const { nginxLocationSnippet } = await import('../../build/release.ts');
  const snippet = nginxLocationSnippet({ base: '/', root: '/srv/guide', version: '1.0.0', organisation: null, brotli: false });
  for (const [k, v] of SECURITY_HEADERS) assert.ok(snippet.includes(`add_header ${k} "${v}" always;`), k);
});
