import { test } from 'node:test';
import assert from 'node:assert/strict';
import { notFoundHead } from '../../src/lib/head.ts';

test('the 404 page claims no canonical address and is not indexed', () => {
  const head = [
    { tag: 'title', content: '404' },
    { tag: 'link', attrs: { rel: 'canonical', href: 'https://x.example/404/' } },
    { tag: 'meta', attrs: { property: 'og:url', content: 'https://x.example/404/' } },
    { tag: 'link', attrs: { rel: 'sitemap', href: '/sitemap-index.xml' } },
  ];
  assert.deepEqual(notFoundHead(head), [
    { tag: 'title', content: '404' },
    { tag: 'link', attrs: { rel: 'sitemap', href: '/sitemap-index.xml' } },
    { tag: 'meta', attrs: { name: 'robots', content: 'noindex' } },
  ]);
});
