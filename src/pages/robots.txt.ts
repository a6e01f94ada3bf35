/**
 * robots.txt: every page may be indexed, and crawlers are pointed at the
 * sitemap, at its full address under the configured site and base path.
 * Under a base path (e.g. /careers/) this file is served at /careers/robots.txt;
 * crawlers only read /robots.txt, so the host's own file should carry the same
 * Sitemap line (README, "Host it for your organisation").
 */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/robots.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(site, import.meta.env.BASE_URL), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
