/**
 * A second build for the update tests, made from a finished one the way a
 * real change lands: every page changes (a marker on <html>), the main
 * stylesheet changes and so gets a new hashed name, and a file Pagefind
 * loads under a fixed name changes. The offline worker and its file list are
 * then written again by the build's own step (build/offline/worker.ts), so
 * the new build has its own version. Its inline scripts are untouched, so
 * every page's Content-Security-Policy still holds.
 */
import { cpSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { writeOfflineWorker } from '../../build/offline/worker.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Copies the build in `from` to `to` with `label` marked on every page, in the main stylesheet (as --test-build) and in pagefind.js. */
export async function deriveBuild(from: string, to: string, label: string, siteTitle: string): Promise<{ version: string; stylesheet: string }> {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  const chapter = readFileSync(join(to, 'guide/the-role/index.html'), 'utf8');
  const href = /<link rel="stylesheet" href="([^"]*\/_astro\/[^"]+\.css)">/.exec(chapter)?.[1];
  if (!href) throw new Error('no stylesheet link in guide/the-role/');
  const oldFile = href.slice(href.indexOf('_astro/'));
  const newFile = oldFile.replace(/\.css$/, `-${label.toLowerCase()}.css`);
  const newHref = href.replace(oldFile, newFile);
  renameSync(join(to, oldFile), join(to, newFile));
  writeFileSync(join(to, newFile), `${readFileSync(join(to, newFile), 'utf8')}\n:root{--test-build:"${label}"}\n`);
  for (const file of files(to).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(file, 'utf8');
    const next = html.replace('<html ', `<html data-test-build="${label}" `).replaceAll(`href="${href}"`, `href="${newHref}"`);
    if (next === html) throw new Error(`${relative(to, file)} did not change`);
    writeFileSync(file, next);
  }
  writeFileSync(join(to, 'pagefind/pagefind.js'), `${readFileSync(join(to, 'pagefind/pagefind.js'), 'utf8')}\n// test build ${label}\n`);
  const result = await writeOfflineWorker(to, { enabled: true, siteTitle });
  return { version: result.version!, stylesheet: newFile };
}
