import { test } from 'node:test';
import assert from 'node:assert/strict';
import { strayAfterDocumentEnd } from '../../build/html-structure.ts';

const page = (after = '') => `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main><h1>t</h1><script type="module">x()</script></main></body></html>${after}`;

test('a page whose scripts are inside <body> passes', () => {
  assert.deepEqual(strayAfterDocumentEnd(page('\n')), []);
  assert.deepEqual(strayAfterDocumentEnd(page('<!-- a comment -->')), []);
});

test('an island script after </html> is a stray start tag', () => {
  assert.deepEqual(strayAfterDocumentEnd(page('\n\n<script type="module">import "/x.js"</script>')), [
    'line 3: <script> after </body> or </html> (a stray start tag)',
  ]);
});

test('content between </body> and </html> is stray too', () => {
  const html = '<!DOCTYPE html><html><head><title>t</title></head><body><p>a</p></body><div>late</div></html>';
  assert.deepEqual(strayAfterDocumentEnd(html), ['line 1: <div> after </body> or </html> (a stray start tag)']);
});
