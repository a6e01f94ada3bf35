/**
 * Numbers a page's source markers in reading order and writes its "Sources"
 * list. <Fact> renders each marker as a link with a key and carries the
 * note in an inert <template>; here, after the build, the first marker of
 * each key gets the next number, later markers of the same key reuse it, the
 * templates become the list's entries (each linking back to the first
 * marker) and the list takes the place the page keeps for it
 * (<div data-page-sources></div>, rendered before the footer). Pure: HTML in,
 * HTML out. Rendering order cannot number the markers: Astro renders sibling
 * components concurrently.
 */

const MARKER = /<a class="fn-ref" href="#source-([^"]+)" data-fn="\1">\?<\/a>/g;
const NOTE = /<template data-fn-note="([^"]+)" data-status="([^"]+)">([\s\S]*?)<\/template>/g;
export const SOURCES_PLACEHOLDER = '<div data-page-sources></div>';

export interface FootnoteResult {
  html: string;
  /** How many distinct sources the page lists. */
  sources: number;
  problems: string[];
}

export function numberFootnotes(html: string): FootnoteResult {
  const notes = new Map<string, { status: string; body: string }>();
  for (const m of html.matchAll(NOTE)) if (!notes.has(m[1]!)) notes.set(m[1]!, { status: m[2]!, body: m[3]! });
  const numbers = new Map<string, number>();
  const seen = new Map<string, number>();
  const problems: string[] = [];
  let out = html.replace(MARKER, (_, key: string) => {
    if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
    const n = numbers.get(key)!;
    const k = (seen.get(key) ?? 0) + 1;
    seen.set(key, k);
    if (!notes.has(key)) problems.push(`source marker "${key}" has no note`);
    return `<a class="fn-ref" href="#source-${n}" id="fnref-${n}-${k}" aria-label="Source ${n}">${n}</a>`;
  });
  out = out.replace(NOTE, '');
  if (numbers.size === 0) return { html: out.replace(SOURCES_PLACEHOLDER, ''), sources: 0, problems };
  if (!out.includes(SOURCES_PLACEHOLDER)) {
    return { html: out, sources: numbers.size, problems: [...problems, 'the page shows sourced facts but has no place for its Sources list'] };
  }
  const items = [...numbers].map(([key, n]) => {
    const note = notes.get(key) ?? { status: 'not-found', body: '' };
    return `<li id="source-${n}" class="source-note" data-status="${note.status}">${note.body} <a class="source-back" href="#fnref-${n}-1" aria-label="Back to where source ${n} is cited">↩</a></li>`;
  });
  const section = `<section class="page-sources" aria-labelledby="page-sources-title"><h2 id="page-sources-title">Sources</h2><ol>${items.join('')}</ol></section>`;
  return { html: out.replace(SOURCES_PLACEHOLDER, section), sources: numbers.size, problems };
}
