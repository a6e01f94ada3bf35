/**
 * The rules of the offline copy that are pure string and number work, shared
 * by the service worker (src/offline/sw.ts), the build (build/offline/) and
 * the unit tests: where the worker lives and what it controls, what its
 * caches are called, which requests it answers and which responses it may
 * keep. No DOM, no Cache API, no Node.
 */

/** Every cache of the offline copy starts with this, then the scope's path and the build's version. */
export const CACHE_PREFIX = 'itpm-career-guide-offline:';
/** The worker's file at the root of the site (its scope is the base path). */
export const WORKER_FILE = 'sw.js';
/** The build's file list, named by its version so a worker only ever reads its own: offline-<version>.json. */
export const MANIFEST_FILE = (version: string) => `offline-${version}.json`;
const MANIFEST_FILE_PATTERN = /^offline-[0-9a-f]+\.json$/;
/** Content hashes are the first 16 hex digits of SHA-256 (64 bits: enough to tell two builds of a file apart). */
export const HASH_HEX_DIGITS = 16;
/** Where the controls and the offline page live (a docs page in the "About this guide" group). */
export const OFFLINE_PAGE = 'about/offline/';
/** Keys the worker keeps beside the files in a version's cache (no built file can have these names). */
export const META_SEGMENT = '__offline/';

/** The cache that holds one build's copy, e.g. "itpm-career-guide-offline:/careers/:3f2a…". */
export function cacheName(base: string, version: string): string {
  return `${CACHE_PREFIX}${base}:${version}`;
}

/** The cache that remembers which build each open tab shows. */
export function clientsCacheName(base: string): string {
  return `${CACHE_PREFIX}${base}:clients`;
}

/** True for every cache of this site's offline copy (versions and the tabs' record), and for no other site's. */
export function isOwnCache(name: string, base: string): boolean {
  return name.startsWith(`${CACHE_PREFIX}${base}:`);
}

/** The build version a cache holds, or null when it is not one of this site's version caches. */
export function versionOfCache(name: string, base: string): string | null {
  if (!isOwnCache(name, base)) return null;
  const rest = name.slice(`${CACHE_PREFIX}${base}:`.length);
  return /^[0-9a-f]+$/.test(rest) ? rest : null;
}

/** The registration's scope for a base path on an origin: "https://host/careers/". */
export function scopeFor(origin: string, base: string): string {
  return origin + base;
}

/**
 * A request path as a path inside the site ("guide/skills/"), or null when it
 * is outside the base path. Index files and missing trailing slashes on
 * pages map to the page's address, so "/careers/guide/skills",
 * "/careers/guide/skills/" and "/careers/guide/skills/index.html" are one entry.
 */
export function sitePath(pathname: string, base: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURI(pathname);
  } catch {
    return null;
  }
  if (!decoded.startsWith(base)) return decoded === base.slice(0, -1) ? '' : null;
  let path = decoded.slice(base.length);
  if (path === 'index.html') return '';
  if (path.endsWith('/index.html')) path = path.slice(0, -'index.html'.length);
  return path;
}

/** The same, for a navigation: a path without an extension is a page ("guide/skills" → "guide/skills/"). */
export function pagePath(pathname: string, base: string): string | null {
  const path = sitePath(pathname, base);
  if (path === null || path === '' || path.endsWith('/')) return path;
  const last = path.slice(path.lastIndexOf('/') + 1);
  return last.includes('.') ? path : `${path}/`;
}

/** A built file's address inside the site: "guide/skills/index.html" → "guide/skills/", "index.html" → "". */
export function fileToPath(file: string): string {
  if (file === 'index.html') return '';
  if (file.endsWith('/index.html')) return file.slice(0, -'index.html'.length);
  return file;
}

export interface RequestFacts {
  method: string;
  url: string;
  /** Request.mode: "navigate" for a page the browser opens. */
  mode: string;
  /** True when the request asks for a byte range (media); never answered from the cache. */
  range?: boolean;
}

/**
 * What the worker does with a request:
 * - "bypass": nothing (the browser goes to the network as if there were no worker);
 * - "page": a page the reader opens (network first, the copy on this device when offline);
 * - "download": a template download (network first, passed through untouched; the saved copy only offline);
 * - "file": everything else the pages load (the copy of the page's own build first).
 * Never handled: other methods than GET, other origins, addresses outside the
 * base path (another application on the same host), the worker and its file
 * list, and byte-range requests. A query string is never part of a cache key:
 * a page or file asked for with one (Pagefind adds "?ts=" to its entry file to
 * defeat caches) is answered from the copy of its path without the query, and
 * nothing fetched with a query is ever stored under it (sitePath drops it).
 * blob: and data: URLs (the reader's exports) never reach a worker.
 */
export function routeOf(req: RequestFacts, scope: string): 'bypass' | 'page' | 'download' | 'file' {
  if (req.method !== 'GET') return 'bypass';
  let url: URL;
  let scopeUrl: URL;
  try {
    url = new URL(req.url);
    scopeUrl = new URL(scope);
  } catch {
    return 'bypass';
  }
  if (url.origin !== scopeUrl.origin) return 'bypass';
  const path = sitePath(url.pathname, scopeUrl.pathname);
  if (path === null) return 'bypass';
  if (path === WORKER_FILE || MANIFEST_FILE_PATTERN.test(path) || path.startsWith(META_SEGMENT)) return 'bypass';
  if (req.mode === 'navigate') return 'page';
  if (req.range) return 'bypass';
  if (path.startsWith('templates/')) return 'download';
  return 'file';
}

export interface ResponseFacts {
  status: number;
  /** Response.type: only "basic" (same origin) and "cors" are ever kept. */
  type: string;
  redirected: boolean;
  /** The Cache-Control header, if any. */
  cacheControl?: string | null;
}

/**
 * Whether a response may be kept in the offline copy: a same-origin 200 that
 * was not redirected (a sign-in page an SSO proxy redirected to is never
 * kept) and that the server did not mark no-store. The worker also checks
 * the bytes against the build's file list, so a proxy's own page served at
 * the guide's address is never kept either.
 */
export function isStorable(res: ResponseFacts): boolean {
  if (res.status !== 200 || res.redirected) return false;
  if (res.type !== 'basic' && res.type !== 'cors') return false;
  return !/(^|,)\s*no-store\b/i.test(res.cacheControl ?? '');
}

/** A server error (or an SSO gateway's) after which the copy on this device is better than the error page. */
export function isServerError(status: number): boolean {
  return status >= 500 && status <= 599;
}

/** Hex of the first HASH_HEX_DIGITS of a digest. */
export function hexDigest(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out.slice(0, HASH_HEX_DIGITS);
}

/** Bytes as a reader reads them: "820 KB", "21.9 MB" (decimal units, as operating systems show file sizes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`;
  const mb = bytes / 1_000_000;
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}
