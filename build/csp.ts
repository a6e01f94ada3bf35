/**
 * Content-Security-Policy for the built site: every inline script is allowed
 * by its SHA-256 hash, never by 'unsafe-inline'. Pages are read with a real
 * HTML parser (parse5, the WHATWG algorithm browsers use), so text that merely
 * mentions `http-equiv="Content-Security-Policy"` or `<script>` (a code sample,
 * an attribute value) is never mistaken for the element itself.
 */
import { createHash } from 'node:crypto';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';

const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

function attr(el: T.Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

function* elements(node: T.ParentNode): Generator<T.Element> {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    yield child;
    yield* elements(child.tagName === 'template' ? (child as T.Template).content : child);
  }
}

const textOf = (el: T.Element): string => el.childNodes.map((c) => (c.nodeName === '#text' ? (c as T.TextNode).value : '')).join('');

const isCspMeta = (el: T.Element): boolean => el.tagName === 'meta' && (attr(el, 'http-equiv') ?? '').trim().toLowerCase() === 'content-security-policy';

function parsed(html: string) {
  const doc = parse(html, { sourceCodeLocationInfo: true });
  const all = [...elements(doc)];
  return { doc, all, head: all.find((e) => e.tagName === 'head') };
}

function scriptsOf(all: T.Element[]): string[] {
  return all
    .filter((el) => el.tagName === 'script' && attr(el, 'src') === undefined && JS_TYPES.has((attr(el, 'type') ?? '').trim().toLowerCase()))
    .map(textOf);
}

/** The text of every inline, executable script in a page (JSON data blocks and external scripts excluded). */
export function inlineScripts(html: string): string[] {
  return scriptsOf(parsed(html).all);
}

export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The policy. Pagefind's search runs WebAssembly ('wasm-unsafe-eval'); inline
 * style attributes from Starlight need style-src 'unsafe-inline' (styles only).
 */
export function buildPolicy(hashes: Iterable<string>, opts: { forMeta: boolean }): string {
  const scripts = [...new Set(hashes)].sort();
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval'${scripts.length ? ' ' + scripts.join(' ') : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
  // frame-ancestors is ignored in a <meta> policy (browsers only honour it as
  // a header), so a <meta> policy cannot stop framing; servers send it.
  if (!opts.forMeta) directives.push("frame-ancestors 'self'");
  return directives.join('; ');
}

/**
 * Inserts the page's policy as the first element of <head>, before any
 * script. A page that already carries a real CSP <meta> element is returned
 * unchanged (so the step is idempotent); checkMetaPolicy verifies it.
 */
export function withMetaPolicy(html: string): string {
  const { all, head } = parsed(html);
  if (all.some(isCspMeta)) return html;
  const at = head?.sourceCodeLocation?.startTag?.endOffset;
  if (at === undefined) throw new Error('page has no <head> start tag to put the Content-Security-Policy in');
  const policy = buildPolicy(scriptsOf(all).map(scriptHash), { forMeta: true });
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  return html.slice(0, at) + meta + html.slice(at);
}

/**
 * What is wrong with a built page's policy, or [] when it holds: exactly one
 * CSP <meta>, inside <head> and before any script, whose script-src allows
 * every inline script on the page by hash and never 'unsafe-inline'.
 */
export function checkMetaPolicy(page: string | { elements: T.Element[]; head: T.Element | undefined }): string[] {
  const { all, head } = typeof page === 'string' ? parsed(page) : { all: page.elements, head: page.head };
  const metas = all.filter(isCspMeta);
  if (metas.length === 0) return ['no Content-Security-Policy <meta> element'];
  if (metas.length > 1) return [`${metas.length} Content-Security-Policy <meta> elements (expected one)`];
  const meta = metas[0]!;
  const problems: string[] = [];
  if (!head || meta.parentNode !== head) problems.push('the Content-Security-Policy <meta> is not inside <head>');
  const firstScript = all.find((e) => e.tagName === 'script');
  const offset = (e: T.Element) => e.sourceCodeLocation?.startOffset ?? 0;
  if (firstScript && offset(firstScript) < offset(meta)) problems.push('a script comes before the Content-Security-Policy <meta>');
  const policy = attr(meta, 'content') ?? '';
  const scriptSrc =
    policy
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('script-src')) ?? '';
  if (!scriptSrc) problems.push('the policy has no script-src');
  if (/'unsafe-inline'|'unsafe-eval'/.test(scriptSrc)) problems.push("script-src allows 'unsafe-inline' or 'unsafe-eval'");
  const allowed = new Set(scriptSrc.split(/\s+/));
  for (const text of scriptsOf(all)) {
    const hash = scriptHash(text);
    if (!allowed.has(hash)) problems.push(`inline script ${hash} (${JSON.stringify(text.trim().slice(0, 40))}…) is not allowed by the policy`);
  }
  return problems;
}

/** Where CSP looks when a directive is absent (CSP Level 3): worker-src → child-src → script-src → default-src, manifest-src → default-src. */
const FALLBACKS: Readonly<Record<string, readonly string[]>> = {
  'worker-src': ['worker-src', 'child-src', 'script-src', 'default-src'],
  'manifest-src': ['manifest-src', 'default-src'],
};

/** The sources a policy allows for a fetch directive, after fallbacks; null when nothing restricts it. */
export function sourcesFor(policy: string, directive: string): string[] | null {
  const directives = new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values] as const),
  );
  for (const name of FALLBACKS[directive] ?? [directive, 'default-src']) {
    const values = directives.get(name);
    if (values) return values;
  }
  return null;
}

/** Whether a policy lets the page load a same-origin resource for `directive` (the web app manifest, the offline worker). */
export function allowsSelf(policy: string, directive: string): boolean {
  const sources = sourcesFor(policy, directive);
  return sources === null || sources.includes("'self'");
}
