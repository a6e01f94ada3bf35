import { test } from 'node:test';
import assert from 'node:assert/strict';
import { embedJson } from '../../src/lib/embed-json.ts';

test('embedded JSON cannot close its script element and still parses to the same value', () => {
  const value = { text: '</script><script>alert(1)</script>', sep: 'a\u2028b\u2029c', n: [1, 2] };
  const out = embedJson(value);
  assert.doesNotMatch(out, /<\/?script/i);
  assert.doesNotMatch(out, /[\u2028\u2029]/);
  assert.deepEqual(JSON.parse(out), value);
});
