/**
 * Offline reading and installing (README: "Reading offline"), in two parts
 * around the site pass:
 *
 *  - `webApp` (before the site pass): in production builds, the inline script
 *    that registers the worker after the page has loaded (or, with
 *    `offline: false`, the one that removes an old worker and its caches) on
 *    every page; the web app manifest and its icons, written into the build
 *    (and served by the dev server). The site pass then checks every page's
 *    link to the manifest and that its policy allows the manifest and the worker.
 *  - `worker` (after the site pass, when every page is final): dist/sw.js and
 *    the build's file list (build/offline/worker.ts).
 *
 * The manifest link itself is in astro.config.ts's Starlight `head`.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { OrgOverlay } from '../../src/config/org.ts';
import { CACHE_PREFIX } from '../../src/lib/offline/policy.ts';
import { formatBytes } from '../../src/lib/offline/policy.ts';
import { compileScript } from '../offline/scripts.ts';
import { webAppFiles, writeWebApp } from '../offline/webapp.ts';
import { writeOfflineWorker } from '../offline/worker.ts';

export default function offline(overlay: OrgOverlay, projectRoot: string): { webApp: AstroIntegration; worker: AstroIntegration } {
  const { config } = overlay;
  const base = config.base;
  return {
    webApp: {
      name: 'offline-web-app',
      hooks: {
        'astro:config:setup': async ({ command, injectScript }) => {
          // Only the production build registers a worker (the dev server has none to register).
          if (command !== 'build') return;
          const script = config.offline
            ? await compileScript('register', { __BASE__: base })
            : await compileScript('unregister', { __BASE__: base, __PREFIX__: CACHE_PREFIX });
          injectScript('head-inline', script);
        },
        'astro:server:setup': ({ server }) => {
          let files: Promise<Map<string, Buffer>> | undefined;
          server.middlewares.use((req, res, next) => {
            const path = (req.url ?? '').split('?')[0]!;
            if (!path.startsWith(base) || !/^(manifest\.webmanifest|icons\/[\w-]+\.png)$/.test(path.slice(base.length))) return next();
            (files ??= webAppFiles(config, base, projectRoot)).then((all) => {
              const data = all.get(path.slice(base.length));
              if (!data) return next();
              res.setHeader('Content-Type', path.endsWith('.png') ? 'image/png' : 'application/manifest+json');
              res.end(data);
            }, next);
          });
        },
        'astro:build:done': async ({ dir, logger }) => {
          const count = await writeWebApp(fileURLToPath(dir), config, base, projectRoot);
          logger.info(`Web app manifest and ${count - 1} icons written.`);
        },
      },
    },
    worker: {
      name: 'offline-worker',
      hooks: {
        'astro:build:done': async ({ dir, logger }) => {
          const result = await writeOfflineWorker(fileURLToPath(dir).replace(/\/$/, ''), { enabled: config.offline, siteTitle: config.title });
          if (!result.manifest) {
            logger.info(`Offline reading is off (offline: false): sw.js removes a worker an earlier build installed (${result.workerGzipBytes} bytes gzip).`);
            return;
          }
          const { total } = result.manifest;
          logger.info(
            `Offline worker for build ${result.version}: sw.js ${formatBytes(result.workerBytes)} (${formatBytes(result.workerGzipBytes)} gzip); ` +
              `the whole guide offline is ${total.files} files, ${formatBytes(total.bytes)} stored, about ${formatBytes(total.gzipBytes)} to download.`,
          );
        },
      },
    },
  };
}
