/**
 * Makes a production build all-or-nothing. Astro writes into a staging folder
 * beside the real output folder (`dist/` builds in `.dist-building/`); only
 * when every build step and check has passed (this integration runs last) is
 * the staging folder moved into place. A failed build (a render error, a
 * broken link, a page without its Content-Security-Policy) removes the staging
 * folder, so no half-checked site is ever left where it could be deployed;
 * the output folder keeps the previous successful build, if there was one.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The staging folder for an output folder: a hidden sibling. */
export function stagingDirFor(outDir: string): string {
  return join(dirname(outDir), `.${basename(outDir)}-building`);
}

export default function publishBuild(
  // Where the clean-up on a failed build is registered (a test passes its own).
  onExit: (cleanUp: () => void) => void = (cleanUp) => process.once('exit', cleanUp),
): AstroIntegration {
  let finalDir: string | undefined;
  let staging: string | undefined;
  let published = false;
  return {
    name: 'publish-build',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        finalDir = fileURLToPath(config.outDir).replace(/\/$/, '');
        staging = stagingDirFor(finalDir);
        rmSync(staging, { recursive: true, force: true });
        updateConfig({ outDir: pathToFileURL(`${staging}/`) });
        // Runs on any exit, including a thrown render error or failed check.
        onExit(() => {
          if (!published && staging) rmSync(staging, { recursive: true, force: true });
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!finalDir || !staging) return;
        if (fileURLToPath(dir).replace(/\/$/, '') !== staging) {
          throw new Error(`publish-build: Astro wrote to ${fileURLToPath(dir)}, not the staging folder ${staging}`);
        }
        if (existsSync(finalDir)) rmSync(finalDir, { recursive: true, force: true });
        renameSync(staging, finalDir);
        published = true;
        logger.info(`Every check passed: the site is in ${finalDir}.`);
      },
    },
  };
}
