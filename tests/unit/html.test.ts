import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml } from '../../src/lib/html.ts';

test('escapeHtml: configured hero text can never become markup', () => {
  assert.equal(escapeHtml('<img src=x onerror="alert(1)">'), '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
  assert.equal(escapeHtml("Tom & Jerry's"), 'Tom &amp; Jerry&#39;s');
  assert.equal(escapeHtml('&lt;'), '&amp;lt;');
  assert.equal(escapeHtml('Plain text'), 'Plain text');
});
