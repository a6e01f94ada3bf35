/**
 * After the build, gives every page a Content-Security-Policy <meta> whose
 * script-src lists the SHA-256 of each inline script on that page, so the
 * site runs under a strict policy on any static host. Servers that can send
 * headers get the site-wide policy from scripts/nginx-config.mjs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withMetaPolicy } from '../lib/csp.ts';
import { readBuiltSite } from './built-link-check.ts';

export default function cspMeta(): AstroIntegration {
  return {
    name: 'csp-meta',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { html } = readBuiltSite(root);
        for (const file of html.keys()) {
          const path = join(root, file);
          writeFileSync(path, withMetaPolicy(readFileSync(path, 'utf8')));
        }
        logger.info(`Content-Security-Policy added to ${html.size} pages.`);
      },
    },
  };
}
