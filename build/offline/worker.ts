/**
 * The offline worker for a finished build, written after the site pass (so
 * every page is final): reads every built file (size, SHA-256, gzip size,
 * a page's title), makes the file list (src/lib/offline/manifest.ts) whose
 * hash is the build's version, and writes it as offline-<version>.json beside
 * sw.js, the compiled worker with its version compiled in. A rebuild with no
 * change keeps its version, so readers download nothing again.
 *
 * With offline reading turned off, sw.js is the worker that removes an old
 * one (src/offline/sw-off.ts) and there is no file list.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHAPTER_SLUGS } from '../../src/config/parts.ts';
import { buildManifest, kindOf, titleFromHtml, type BuiltFile, type Entry, type ManifestJson } from '../../src/lib/offline/manifest.ts';
import { HASH_HEX_DIGITS, MANIFEST_FILE, WORKER_FILE } from '../../src/lib/offline/policy.ts';
import { isCompressible } from '../release.ts';
import { listFiles } from '../site/run.ts';
import { compileScript } from './scripts.ts';

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** Every built file the offline copy may hold, read from disk. */
export function readBuiltFiles(root: string, siteTitle: string): BuiltFile[] {
  const out: BuiltFile[] = [];
  for (const file of [...listFiles(root)].sort()) {
    if (!kindOf(file)) continue;
    const data = readFileSync(join(root, file));
    out.push({
      file,
      bytes: data.length,
      gzipBytes: isCompressible(file, data.length) ? gzipSync(data).length : data.length,
      hash: sha256(data).slice(0, HASH_HEX_DIGITS),
      ...(file.endsWith('.html') ? { title: titleFromHtml(data.toString('utf8'), siteTitle) } : {}),
    });
  }
  return out;
}

/** Chapters first, in reading order; then every other page by address. */
export function pageOrder(a: Entry, b: Entry): number {
  const rank = (e: Entry) => {
    const m = /^guide\/([^/]+)\/$/.exec(e.path);
    const i = m ? CHAPTER_SLUGS.indexOf(m[1]!) : -1;
    return i === -1 ? CHAPTER_SLUGS.length : i;
  };
  return rank(a) - rank(b);
}

export interface WorkerResult {
  enabled: boolean;
  version: string | null;
  manifest: ManifestJson | null;
  workerBytes: number;
  workerGzipBytes: number;
}

export async function writeOfflineWorker(root: string, opts: { enabled: boolean; siteTitle: string }): Promise<WorkerResult> {
  for (const f of listFiles(root)) if (/^offline-[0-9a-f]+\.json$/.test(f)) rmSync(join(root, f));
  if (!opts.enabled) {
    const code = `${await compileScript('sw-off')}\n`;
    writeFileSync(join(root, WORKER_FILE), code);
    return { enabled: false, version: null, manifest: null, workerBytes: code.length, workerGzipBytes: gzipSync(code).length };
  }
  const body = await compileScript('sw');
  const manifest = buildManifest(readBuiltFiles(root, opts.siteTitle), {
    hash: (text) => sha256(text).slice(0, 12),
    salt: sha256(body),
    order: pageOrder,
  });
  const file = MANIFEST_FILE(manifest.version);
  writeFileSync(join(root, file), JSON.stringify(manifest));
  const code = `var __OFFLINE__=${JSON.stringify({ version: manifest.version, manifest: file })};\n${body}\n`;
  writeFileSync(join(root, WORKER_FILE), code);
  return { enabled: true, version: manifest.version, manifest, workerBytes: Buffer.byteLength(code), workerGzipBytes: gzipSync(code).length };
}
