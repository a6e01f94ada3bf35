/** The text of robots.txt for a site at `site` (may be unset) under `base`. */
export function robotsTxt(site: URL | string | undefined, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const lines = ['User-agent: *', `Allow: ${prefix}`, `Disallow: ${prefix}404.html`];
  // A Sitemap line must be an absolute URL; without a configured site there is none to give.
  if (site) lines.push('', `Sitemap: ${new URL(`${prefix}sitemap-index.xml`, site).href}`);
  return `${lines.join('\n')}\n`;
}
