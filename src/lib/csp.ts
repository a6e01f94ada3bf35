/**
 * Content-Security-Policy for the built site: every inline script is allowed
 * by its SHA-256 hash, never by 'unsafe-inline'. Pure string work plus a hash.
 */
import { createHash } from 'node:crypto';

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const NON_JS = /\btype\s*=\s*["']?(?!module\b|text\/javascript\b)[^"'\s>]+/i;

/** The text of every inline, executable script in a page (JSON data blocks excluded). */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(SCRIPT)) {
    const attrs = m[1] ?? '';
    if (/\bsrc\s*=/.test(attrs) || NON_JS.test(attrs)) continue;
    out.push(m[2] ?? '');
  }
  return out;
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
  // frame-ancestors is ignored in a <meta> policy; servers send it as a header.
  if (!opts.forMeta) directives.push("frame-ancestors 'self'");
  return directives.join('; ');
}

/** Inserts the page's policy as the first element of <head>, before any script. */
export function withMetaPolicy(html: string): string {
  const policy = buildPolicy(inlineScripts(html).map(scriptHash), { forMeta: true });
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  if (html.includes('http-equiv="Content-Security-Policy"')) return html;
  return html.replace(/<head([^>]*)>/i, `<head$1>${meta}`);
}
