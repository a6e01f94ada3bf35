import { test } from 'node:test';
import assert from 'node:assert/strict';
import { robotsTxt } from '../../src/lib/robots.ts';

test('robots.txt points at the sitemap under the site and base', () => {
  assert.equal(
    robotsTxt(new URL('https://guide.example.org'), '/'),
    'User-agent: *\nAllow: /\nDisallow: /404.html\n\nSitemap: https://guide.example.org/sitemap-index.xml\n',
  );
  assert.match(robotsTxt('https://intranet.example.com/', '/careers/'), /^Allow: \/careers\/$/m);
  assert.match(robotsTxt('https://intranet.example.com/', '/careers'), /^Sitemap: https:\/\/intranet\.example\.com\/careers\/sitemap-index\.xml$/m);
});

test('without a site there is no (relative, hence invalid) Sitemap line', () => {
  assert.doesNotMatch(robotsTxt(undefined, '/'), /Sitemap/);
});
