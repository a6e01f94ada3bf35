/**
 * The rules every built page must meet, each a small function over one parsed
 * page (build/site/page.ts). Site-wide context (the files that exist, the
 * ids on every page, the base path) comes in `SiteContext`. Each finding
 * names its page, line and rule. html-validate runs beside these (it parses
 * with its own parser); see build/site/run.ts.
 */
import { allowsSelf, checkMetaPolicy } from '../csp.ts';
import { fileForPath } from '../link-check.ts';
import { withoutBase } from '../../src/lib/paths.ts';
import { isCitable } from '../../src/lib/facts/sources.ts';
import { hasNestedParentheses } from '../../src/lib/facts/notes.ts';
import { attr, hasClass, lineOf, visibleText, within, type Element, type Finding, type Page } from './page.ts';

export interface SiteContext {
  base: string;
  files: Set<string>;
  /** Ids on each HTML page, read lazily. */
  idsOf: (file: string) => Set<string>;
}

export type Rule = (page: Page, site: SiteContext) => Finding[];

const finding = (page: Page, el: Element | undefined, rule: string, message: string): Finding => ({ file: page.file, line: lineOf(el), rule, message });

const LINK_ATTRS = ['href', 'src', 'action', 'formaction', 'poster'];
const LOOPBACK = /^http:\/\/(?:127\.\d+\.\d+\.\d+|localhost|\[::1\])(?:[:/]|$)/i;

/** Internal links and anchors resolve, stay under the base path, are root-relative; no plain http. */
export const links: Rule = (page, site) => {
  const out: Finding[] = [];
  for (const el of page.elements) {
    for (const name of LINK_ATTRS) {
      const raw = attr(el, name);
      if (raw === undefined || raw === '') continue;
      if (raw.startsWith('http://')) {
        if (!LOOPBACK.test(raw)) out.push(finding(page, el, 'plain-http', `link "${raw}" uses plain http: link to the https address instead`));
        continue;
      }
      if (/^(https:|mailto:|tel:|data:|blob:|javascript:)/i.test(raw) || raw.startsWith('//')) continue;
      if (raw.startsWith('#')) {
        const id = safeDecode(raw.slice(1));
        if (id && name === 'href' && !site.idsOf(page.file).has(id)) out.push(finding(page, el, 'anchor', `link "${raw}" points to no element on this page`));
        continue;
      }
      if (!raw.startsWith('/')) {
        // Relative links break under another base path and on the whole-guide page.
        if (el.tagName === 'a' || el.tagName === 'link')
          out.push(finding(page, el, 'relative-link', `link "${raw}" is relative: write it root-relative ("/guide/…/")`));
        continue;
      }
      const [beforeHash, hash = ''] = raw.split('#', 2) as [string, string?];
      const pathname = beforeHash.split('?')[0]!;
      if (site.base !== '/' && !`${pathname}/`.startsWith(site.base)) {
        out.push(finding(page, el, 'link', `link "${raw}" is outside the base path ${site.base}`));
        continue;
      }
      const target = fileForPath(withoutBase(pathname, site.base), site.files);
      if (!target) out.push(finding(page, el, 'link', `link "${raw}" points to no built page or file`));
      else if (hash && target.endsWith('.html') && !site.idsOf(target).has(safeDecode(hash) ?? hash)) {
        out.push(finding(page, el, 'anchor', `link "${raw}" points to a missing anchor #${hash} in ${target}`));
      }
    }
  }
  return out;
};

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

/** Exactly one CSP <meta>, first in <head>, allowing each inline script by hash. */
export const csp: Rule = (page) => checkMetaPolicy(page).map((m) => finding(page, page.head, 'csp', m));

/**
 * Offline reading and installing: every page links the web app manifest once,
 * and its policy allows the manifest (manifest-src, else default-src) and the
 * site's own service worker (worker-src, else its fallbacks) to load.
 */
export const offline: Rule = (page) => {
  const out: Finding[] = [];
  const links = page.elements.filter((e) => e.tagName === 'link' && (attr(e, 'rel') ?? '').split(/\s+/).includes('manifest'));
  if (links.length !== 1)
    out.push(
      finding(
        page,
        links[1] ?? page.head,
        'offline',
        `${links.length} <link rel="manifest"> elements (expected one, so the guide can be installed from any page)`,
      ),
    );
  const meta = page.elements.find((e) => e.tagName === 'meta' && (attr(e, 'http-equiv') ?? '').toLowerCase() === 'content-security-policy');
  const policy = meta ? (attr(meta, 'content') ?? '') : '';
  if (meta && !allowsSelf(policy, 'manifest-src'))
    out.push(finding(page, meta, 'offline', "the policy does not allow the web app manifest (manifest-src or default-src needs 'self')"));
  if (meta && !allowsSelf(policy, 'worker-src'))
    out.push(finding(page, meta, 'offline', "the policy does not allow the offline worker (worker-src needs 'self')"));
  return out;
};

/** One <h1> per page. */
export const oneH1: Rule = (page) => {
  const h1s = page.elements.filter((e) => e.tagName === 'h1');
  return h1s.length === 1 ? [] : [finding(page, h1s[1] ?? page.body, 'one-h1', `${h1s.length} <h1> elements (expected one)`)];
};

/** Nothing after </body> or </html> (browsers move it, but it is invalid HTML). */
export const afterDocumentEnd: Rule = (page) => {
  const html = page.elements.find((e) => e.tagName === 'html');
  const ends = [page.body?.sourceCodeLocation?.endTag, html?.sourceCodeLocation?.endTag].filter((e) => e !== undefined);
  if (ends.length === 0) return [];
  const end = Math.min(...ends.map((e) => e.startOffset));
  const out = page.elements
    .filter((el) => (el.sourceCodeLocation?.startOffset ?? 0) > end)
    .map((el) => finding(page, el, 'after-document-end', `<${el.tagName}> after </body> or </html> (a stray start tag)`));
  for (const n of page.body?.childNodes ?? []) {
    const loc = n.sourceCodeLocation;
    if (n.nodeName === '#text' && loc && loc.startOffset > end && (n as { value: string }).value.trim()) {
      out.push({ file: page.file, line: loc.startLine, rule: 'after-document-end', message: 'text after </body> or </html>' });
    }
  }
  return out;
};

const inSources = (el: Element) => within(el, (e) => hasClass(e, 'page-sources') || e.tagName === 'template');

/** A source is the issuer, a statistics body or an approved independent publisher: nothing else is cited. */
export const sourceAllowlist: Rule = (page) =>
  page.elements
    .filter((el) => el.tagName === 'a' && inSources(el))
    .flatMap((el) => {
      const href = attr(el, 'href') ?? '';
      if (!/^https?:/.test(href) || isCitable(href)) return [];
      return [
        finding(page, el, 'source-allowlist', `a source links to ${href}, which is not an issuer, a statistics body or an approved independent publisher`),
      ];
    });

const BLOCKS = new Set([
  'p',
  'li',
  'td',
  'th',
  'dd',
  'dt',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figcaption',
  'caption',
  'summary',
  'label',
  'button',
  'blockquote',
  'legend',
  'option',
]);
const leafBlocks = (page: Page) => page.elements.filter((el) => BLOCKS.has(el.tagName) && !el.childNodes.some((c) => 'tagName' in c && BLOCKS.has(c.tagName)));

/** No parenthesis inside another in anything a reader sees. */
export const nestedParentheses: Rule = (page) =>
  leafBlocks(page)
    .filter((el) => hasNestedParentheses(visibleText(el)))
    .map((el) => finding(page, el, 'nested-parentheses', `nested parentheses: "${visibleText(el).slice(0, 120)}"`));

/** Credential figures come from the data (<CertFact>), where they carry their source: never typed into prose. */
const FACT_FIGURES: Array<[RegExp, string]> = [
  [/\b\d[\d,]*\s*(?:PDUs?|SEUs?|CEUs?)\b/, 'a count of renewal units'],
  [/\b\d[\d,]*\s+(?:multiple-choice\s+|scored\s+)?questions\b/, 'an exam length'],
];
export const factsInProse: Rule = (page) => {
  const out: Finding[] = [];
  for (const el of leafBlocks(page)) {
    if (within(el, (e) => hasClass(e, 'fact') || hasClass(e, 'page-sources'))) continue;
    // Text outside the facts inside this block.
    const text = visibleText({ ...el, childNodes: el.childNodes.filter((c) => !('tagName' in c && hasClass(c, 'fact'))) } as Element);
    for (const [pattern, what] of FACT_FIGURES) {
      const m = pattern.exec(text);
      if (m) out.push(finding(page, el, 'facts-in-prose', `"${m[0]}" is ${what} typed into the text: render it from the data with <CertFact>`));
    }
  }
  return out;
};

/** Markup that is bound to be wider than a phone: fixed widths, long unbreakable text, tables without their scroll box. */
export const widthHazards: Rule = (page) => {
  const out: Finding[] = [];
  for (const el of page.elements) {
    const style = attr(el, 'style') ?? '';
    const fixed = /(?:^|;)\s*(?:min-)?width\s*:\s*(\d+(?:\.\d+)?)px/i.exec(style);
    if (fixed && Number(fixed[1]) > 340) out.push(finding(page, el, 'width', `a fixed width of ${fixed[1]} px is wider than a 360 px phone`));
    if (/white-space\s*:\s*nowrap/i.test(style) && visibleText(el).length > 30) {
      out.push(finding(page, el, 'width', `"${visibleText(el).slice(0, 40)}…" may not wrap (white-space: nowrap)`));
    }
    if (el.tagName === 'table' && !within(el, (e) => hasClass(e, 'table-scroll') || hasClass(e, 'sl-markdown-content'))) {
      out.push(finding(page, el, 'width', 'a table outside a scroll box (<ScrollTable>) can push the page sideways on a phone'));
    }
  }
  return out;
};

export const RULES: Readonly<Record<string, Rule>> = {
  links,
  csp,
  offline,
  oneH1,
  afterDocumentEnd,
  sourceAllowlist,
  nestedParentheses,
  factsInProse,
  widthHazards,
};

/** The ids on a page (for anchors), from its elements. */
export function idsOf(page: Page): Set<string> {
  return new Set(page.elements.map((e) => attr(e, 'id')).filter((id): id is string => id !== undefined));
}
