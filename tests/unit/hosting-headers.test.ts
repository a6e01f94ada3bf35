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
