/**
 * After the build: the one pass over the built site (build/site/run.ts).
 * Finishes every page (source notes numbered, Sources list, CSP) and holds it
 * to every page-wide rule; any finding stops the build, so a page with a
 * broken link, a missing policy or invalid HTML is never published.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatFindings, runSitePass } from '../site/run.ts';

export default function sitePass(): AstroIntegration {
  let base = '/';
  return {
    name: 'site-pass',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir).replace(/\/$/, '');
        const { pages, sources, findings } = await runSitePass(root, { base });
        if (findings.length > 0) {
          const rules = [...new Set(findings.map((f) => f.rule))].join(', ');
          throw new Error(
            `The built site fails ${findings.length} check(s) on ${new Set(findings.map((f) => f.file)).size} of ${pages} pages (${rules}):\n${formatFindings(root, findings)}`,
          );
        }
        logger.info(
          `${pages} pages checked in one pass: links and anchors, https, CSP, one h1, valid HTML, sources, no nested parentheses, no typed credential figures, no fixed widths; ${sources} source notes numbered.`,
        );
      },
    },
  };
}
