/**
 * The offline copy's file list: every built file a reader may need offline,
 * with its size and content hash, made by the build after the pages are
 * final (build/offline/worker.ts) and read by the service worker. Pure: the
 * build passes in what it read from disk.
 *
 *   shell     CSS, JS, images, the web app manifest and its icons: cached when the worker installs
 *   page      every page (the offline page is also cached on install)
 *   search    Pagefind's code, WebAssembly, index and fragments
 *   download  the templates' files
 *
 * Left out: the 404 page, the sitemap, robots.txt, the worker and its list,
 * pre-compressed copies, host configuration files, and Pagefind's UI bundles
 * the site never loads (its search UI is bundled in _astro/).
 */
import { HASH_HEX_DIGITS, OFFLINE_PAGE, fileToPath } from './policy.ts';

export type Kind = 'shell' | 'page' | 'search' | 'download';
const KIND_CODES: Record<Kind, string> = { shell: 's', page: 'p', search: 'f', download: 'd' };
const CODE_KINDS: Record<string, Kind> = { s: 'shell', p: 'page', f: 'search', d: 'download' };

export interface BuiltFile {
  /** Output-relative file, e.g. "guide/skills/index.html". */
  file: string;
  bytes: number;
  /** gzip size, for the download estimate. */
  gzipBytes: number;
  /** HASH_HEX_DIGITS hex digits of the file's SHA-256. */
  hash: string;
  /** A page's title, without the site's name. */
  title?: string;
}

export interface Entry {
  /** The address inside the site, e.g. "guide/skills/" or "_astro/x.css". */
  path: string;
  bytes: number;
  hash: string;
  kind: Kind;
  title?: string;
}

/** As written to offline-<version>.json: compact rows, [path, bytes, hash, kind code, title?]. */
export interface ManifestJson {
  format: 1;
  version: string;
  offlinePage: string;
  files: Array<[string, number, string, string] | [string, number, string, string, string]>;
  /** The whole copy: files, bytes stored, bytes to download when the server compresses. */
  total: { files: number; bytes: number; gzipBytes: number };
}

export interface Manifest {
  version: string;
  offlinePage: string;
  entries: Entry[];
  byPath: Map<string, Entry>;
  total: ManifestJson['total'];
}

const SKIP = [
  /^404\.html$/,
  /^sitemap[^/]*\.xml$/,
  /^robots\.txt$/,
  /^sw\.js$/,
  /^offline-[0-9a-f]+\.json$/,
  /\.(gz|br)$/,
  /(^|\/)(_headers|_redirects|\.htaccess|web\.config)$/,
  /^pagefind\/pagefind-(ui|component-ui|modular-ui)\.(js|css)$/,
  /^pagefind\/pagefind-highlight\.js$/,
];

/** Which part of the offline copy a built file belongs to, or null when it is never offered offline. */
export function kindOf(file: string): Kind | null {
  if (SKIP.some((re) => re.test(file))) return null;
  if (file.endsWith('.html')) return 'page';
  if (file.startsWith('pagefind/')) return 'search';
  if (file.startsWith('templates/')) return 'download';
  return 'shell';
}

/**
 * The list for one build. `order` sorts pages within the list (the offline
 * page lists them in this order: chapters in reading order first); other
 * files are sorted by path. The version is a hash of every entry and of
 * `salt` (the worker's own code), so any change to either makes a new version
 * and an unchanged rebuild keeps its version.
 */
export function buildManifest(
  files: readonly BuiltFile[],
  opts: { hash: (text: string) => string; salt: string; order?: (a: Entry, b: Entry) => number },
): ManifestJson {
  const entries: Entry[] = [];
  for (const f of files) {
    const kind = kindOf(f.file);
    if (!kind) continue;
    if (!new RegExp(`^[0-9a-f]{${HASH_HEX_DIGITS}}$`).test(f.hash)) throw new Error(`${f.file}: "${f.hash}" is not a ${HASH_HEX_DIGITS}-digit hex hash`);
    entries.push({ path: fileToPath(f.file), bytes: f.bytes, hash: f.hash, kind, ...(kind === 'page' && f.title ? { title: f.title } : {}) });
  }
  const byPath = (a: Entry, b: Entry) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const rank: Record<Kind, number> = { page: 0, shell: 1, download: 2, search: 3 };
  entries.sort((a, b) => rank[a.kind] - rank[b.kind] || (a.kind === 'page' && opts.order ? opts.order(a, b) : 0) || byPath(a, b));
  if (!entries.some((e) => e.path === OFFLINE_PAGE))
    throw new Error(`The build has no ${OFFLINE_PAGE} page, which the worker shows offline for pages that are not saved`);
  const gzipOf = new Map(files.map((f) => [fileToPath(f.file), f.gzipBytes]));
  const version = opts.hash([opts.salt, ...entries.map((e) => `${e.path}\t${e.bytes}\t${e.hash}\t${e.kind}\t${e.title ?? ''}`)].join('\n'));
  return {
    format: 1,
    version,
    offlinePage: OFFLINE_PAGE,
    files: entries.map((e) => (e.title ? [e.path, e.bytes, e.hash, KIND_CODES[e.kind], e.title] : [e.path, e.bytes, e.hash, KIND_CODES[e.kind]])),
    total: {
      files: entries.length,
      bytes: entries.reduce((n, e) => n + e.bytes, 0),
      gzipBytes: entries.reduce((n, e) => n + (gzipOf.get(e.path) ?? e.bytes), 0),
    },
  };
}

/** Reads a list back (in the worker); throws on anything that is not a list this code wrote. */
export function parseManifest(json: unknown): Manifest {
  const m = json as Partial<ManifestJson> | null;
  if (!m || m.format !== 1 || typeof m.version !== 'string' || typeof m.offlinePage !== 'string' || !Array.isArray(m.files) || !m.total) {
    throw new Error('not an offline file list of this format');
  }
  const entries: Entry[] = m.files.map(([path, bytes, hash, code, title]) => {
    const kind = CODE_KINDS[code];
    if (typeof path !== 'string' || typeof bytes !== 'number' || typeof hash !== 'string' || !kind) throw new Error(`bad entry ${JSON.stringify(path)}`);
    return { path, bytes, hash, kind, ...(title ? { title } : {}) };
  });
  return { version: m.version, offlinePage: m.offlinePage, entries, byPath: new Map(entries.map((e) => [e.path, e])), total: m.total };
}

/** What the worker caches when it installs: the shell and the offline page. */
export function installSet(m: Manifest): Entry[] {
  return m.entries.filter((e) => e.kind === 'shell' || e.path === m.offlinePage);
}

/** Sizes of a set of entries. */
export function sizeOf(entries: Iterable<Entry>): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const e of entries) {
    files += 1;
    bytes += e.bytes;
  }
  return { files, bytes };
}

const GROUPS: ReadonlyArray<[string, string]> = [
  ['guide/', 'Chapters'],
  ['glossary/', 'Glossary'],
  ['roles/', 'Roles'],
  ['certifications/', 'Certifications'],
  ['tools/', 'Tools'],
];

/** The heading a saved page is listed under on the offline page (`orgLabel`: the organisation's pages' group, guide.config.ts `orgPages.label`). */
export function groupOf(path: string, orgLabel?: string | null): string {
  if (path.startsWith('org/')) return orgLabel || 'Your organisation';
  return GROUPS.find(([prefix]) => path.startsWith(prefix))?.[1] ?? 'Other pages';
}

/** A page's title from its <title> element, without " | Site title". */
export function titleFromHtml(html: string, siteTitle: string): string | undefined {
  const m = /<title>([^<]*)<\/title>/i.exec(html);
  if (!m) return undefined;
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  const text = m[1]!
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : entities[e.toLowerCase()]!,
    )
    .trim();
  const suffix = ` | ${siteTitle}`;
  return text.endsWith(suffix) ? text.slice(0, -suffix.length) : text;
}
