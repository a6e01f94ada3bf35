import { test, expect } from '@playwright/test';

// What a trusted docs host gets right: robots.txt pointing at the sitemap
// (under the base path), and a 404 page that claims no canonical address.
for (const tag of ['', '@subpath ']) {
  test(`${tag}robots.txt points at the sitemap under the site and base`, async ({ request, baseURL }) => {
    const res = await request.get('robots.txt');
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toMatch(/^text\/plain/);
    const base = new URL(baseURL!).pathname;
    const text = await res.text();
    expect(text).toMatch(/^User-agent: \*$/m);
    const sitemap = /^Sitemap: (\S+)$/m.exec(text)?.[1];
    expect(sitemap, text).toBeDefined();
    expect(new URL(sitemap!).pathname).toBe(`${base}sitemap-index.xml`);
    // The sitemap it names exists at that path on this server.
    expect((await request.get('sitemap-index.xml')).status()).toBe(200);
  });
}

test('the 404 page has no canonical link and is not indexed', async ({ page }) => {
  const res = await page.goto('no-such-page/');
  expect(res?.status()).toBe(404);
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  await expect(page.locator('meta[property="og:url"]')).toHaveCount(0);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});
