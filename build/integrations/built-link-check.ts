/**
 * After the build, checks every internal link in every built page (content,
 * components and custom pages alike) and fails the build on a broken one.
 * starlight-links-validator checks Markdown links with source positions; this
 * covers the rest, e.g. links rendered by Astro pages and components.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findBrokenLinks, findInsecureLinks, type BuiltSite } from '../link-check.ts';

export function readBuiltSite(dir: string): BuiltSite {
  const files = new Set<string>();
  const html = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const rel = relative(dir, path).split(sep).join('/');
        files.add(rel);
        if (rel.endsWith('.html')) html.set(rel, readFileSync(path, 'utf8'));
      }
    }
  };
  walk(dir);
  return { files, html };
}

export default function builtLinkCheck(): AstroIntegration {
  let base = '/';
  return {
    name: 'built-link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const site = readBuiltSite(fileURLToPath(dir));
        const errors = [...findBrokenLinks(site, base), ...findInsecureLinks(site)];
        if (errors.length > 0) {
          throw new Error(`Broken or plain-http links in the built site (${errors.length}):\n  - ${errors.slice(0, 50).join('\n  - ')}`);
        }
        logger.info(`All internal links in ${site.html.size} pages resolve; no plain-http links.`);
      },
    },
  };
}
