/**
 * Link check over a built site: every root-relative href/src in every HTML
 * page must point at a built file, and a #fragment on a link to a page must
 * match an id on that page. Pure: takes the pages' HTML and the list of files.
 */
import { withoutBase } from '../src/lib/paths.ts';

export interface BuiltSite {
  /** Output-relative file paths ("index.html", "guide/x/index.html", "_astro/a.css", …). */
  files: Set<string>;
  /** HTML of each page, keyed by output-relative file path. */
  html: Map<string, string>;
}

const ATTR = /\s(?:href|src)\s*=\s*"([^"]*)"/g;
const ID = /\sid\s*=\s*"([^"]*)"/g;

function decodeEntities(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)));
}

/** Output file that serves a site path, or undefined ("/guide/" -> "guide/index.html"). */
export function fileForPath(pathname: string, files: Set<string>): string | undefined {
  let p: string;
  try {
    p = decodeURIComponent(pathname).replace(/^\/+/, '');
  } catch {
    return undefined;
  }
  const candidates = p === '' ? ['index.html'] : p.endsWith('/') ? [`${p}index.html`] : [p, `${p}/index.html`, `${p}.html`];
  return candidates.find((c) => files.has(c));
}

export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(ID)].map((m) => decodeEntities(m[1]!)));
}

export function findBrokenLinks(site: BuiltSite, base: string): string[] {
  const errors: string[] = [];
  const idCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    let set = idCache.get(file);
    if (!set) idCache.set(file, (set = idsOf(site.html.get(file) ?? '')));
    return set;
  };
  for (const [file, html] of site.html) {
    for (const m of html.matchAll(ATTR)) {
      const raw = decodeEntities(m[1]!);
      if (!raw.startsWith('/') || raw.startsWith('//')) continue;
      const [beforeHash, hash = ''] = raw.split('#', 2) as [string, string?];
      const pathname = beforeHash.split('?')[0]!;
      if (base !== '/' && !(pathname + '/').startsWith(base)) {
        errors.push(`${file}: link "${raw}" is outside the base path ${base}`);
        continue;
      }
      const target = fileForPath(withoutBase(pathname, base), site.files);
      if (!target) {
        errors.push(`${file}: link "${raw}" points to no built page or file`);
        continue;
      }
      if (hash && target.endsWith('.html') && !ids(target).has(decodeURIComponent(hash))) {
        errors.push(`${file}: link "${raw}" points to a missing anchor #${hash} in ${target}`);
      }
    }
  }
  return errors;
}

// A start tag (quoted attribute values may hold ">"), so text that merely shows
// href="http://…" in a code sample is not taken for a link.
const START_TAG = /<[a-zA-Z][^\s/>]*(?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*\s*\/?>/g;
const URL_ATTR = /\s(?:href|src|action|formaction|poster|cite)\s*=\s*["']?(http:\/\/[^"'\s>]*)/gi;
const LOOPBACK = /^http:\/\/(?:127\.\d+\.\d+\.\d+|localhost|\[::1\])(?:[:/]|$)/i;

/** Every plain-http link or resource in the built pages (loopback addresses excepted): use https. */
export function findInsecureLinks(site: BuiltSite): string[] {
  const errors: string[] = [];
  for (const [file, html] of site.html) {
    for (const tag of html.matchAll(START_TAG)) {
      for (const m of tag[0].matchAll(URL_ATTR)) {
        const url = decodeEntities(m[1]!);
        if (!LOOPBACK.test(url)) errors.push(`${file}: link "${url}" uses plain http: link to the https address instead`);
      }
    }
  }
  return errors;
}
