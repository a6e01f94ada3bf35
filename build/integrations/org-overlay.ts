/**
 * Wires the organisation overlay (src/config/org.ts) into the build:
 *   - `virtual:guide-config`: the validated configuration, for components;
 *   - `virtual:guide-org`: the organisation's pages, grades and certification
 *     policy (null when there is none), for components and islands' JSON;
 *   - the overlay's favicon, published at its content-hashed name (dev server
 *     and build); Starlight's `favicon` option points at it.
 * With no overlay, nothing is added to the built site.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { OrgOverlay } from '../../src/config/org.ts';
import { gradeProfilesJson, gradesJson } from '../../src/lib/org/grades.ts';

/** What components read from `virtual:guide-org`. */
export function orgModuleData(overlay: OrgOverlay) {
  return {
    organisation: overlay.config.organisation,
    pages: overlay.pages.map(({ id, title, description }) => ({ id, title, description })),
    grades: overlay.grades ? gradesJson(overlay.grades) : null,
    /** Grades with profile fields of their own, for the pages that show a rung's profile. */
    profiles: overlay.grades ? gradeProfilesJson(overlay.grades) : null,
    certificationPolicy: overlay.certificationPolicy,
  };
}

export default function orgOverlay(overlay: OrgOverlay): AstroIntegration {
  const modules: Record<string, string> = {
    'virtual:guide-config': `export default ${JSON.stringify(overlay.config)};`,
    'virtual:guide-org': `export default ${JSON.stringify(orgModuleData(overlay))};`,
  };
  const { favicon } = overlay;
  return {
    name: 'guide-org-overlay',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'guide-org-overlay',
                resolveId: (id: string) => (id in modules ? `\0${id}` : undefined),
                load: (id: string) => (id.startsWith('\0') && id.slice(1) in modules ? modules[id.slice(1)] : undefined),
              },
            ],
          },
        });
      },
      'astro:server:setup': ({ server }) => {
        if (!favicon) return;
        const base = server.config.base.endsWith('/') ? server.config.base : `${server.config.base}/`;
        const path = base + favicon.href.slice(1);
        server.middlewares.use((req, res, next) => {
          if (req.url !== path) return next();
          res.setHeader('Content-Type', favicon.type);
          res.end(readFileSync(favicon.source));
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!favicon) return;
        copyFileSync(favicon.source, join(fileURLToPath(dir), favicon.href.slice(1)));
        logger.info(`Favicon published as ${favicon.href}.`);
      },
    },
  };
}
