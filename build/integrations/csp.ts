/**
 * After the build, gives every page a Content-Security-Policy <meta> whose
 * script-src lists the SHA-256 of each inline script on that page, so the
 * site runs under a strict policy on any static host. Then reads every page
 * back and fails the build unless each one carries exactly one policy, first
 * in <head>, allowing each of its inline scripts (build/csp.ts
 * checkMetaPolicy). Servers that can send headers get the site-wide policy
 * (with frame-ancestors, which a <meta> cannot carry) from
 * scripts/nginx-config.mjs or the files in hosting/.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkMetaPolicy, withMetaPolicy } from '../csp.ts';
import { readBuiltSite } from './built-link-check.ts';

/** Problems per page of a built site, one line each naming the file; [] when every page holds its policy. */
export function verifySitePolicies(root: string): { pages: number; problems: string[] } {
  const { html } = readBuiltSite(root);
  const problems = [...html.keys()].flatMap((file) =>
    checkMetaPolicy(readFileSync(join(root, file), 'utf8')).map((p) => `${file}: ${p}`),
  );
  return { pages: html.size, problems };
}

export default function cspMeta(): AstroIntegration {
  return {
    name: 'csp-meta',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { html } = readBuiltSite(root);
        for (const [file, text] of html) writeFileSync(join(root, file), withMetaPolicy(text));
        const { pages, problems } = verifySitePolicies(root);
        if (problems.length > 0) {
          throw new Error(
            `Content-Security-Policy check failed on ${problems.length} page(s); the build is not published:\n  - ${problems.slice(0, 50).join('\n  - ')}`,
          );
        }
        logger.info(`Content-Security-Policy added to ${pages} pages and verified in each.`);
      },
    },
  };
}
