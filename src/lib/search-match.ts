/**
 * Whether site search really found the reader's words. Pagefind, finding
 * nothing for a word, shortens it until something matches ("pizza" finds
 * "PI planning", "blockchain" finds "blocker"), then ranks those pages as if
 * they matched. A word counts as found when some highlighted word in the
 * results shares most of its beginning with it (so "estimating" finds
 * "estimates" and "stake" finds "stakeholder"); short words always count.
 * Pure.
 */
const MIN_CHECKED = 4;
const SHARED = 0.7;

const words = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .match(/[\p{L}\p{N}]+/gu) ?? [];

function sharedStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return i;
}

/** The query's words that no highlighted word matches (empty: every word was found). */
export function missingWords(query: string, highlighted: readonly string[]): string[] {
  const marks = highlighted.flatMap(words);
  return [...new Set(words(query))].filter((q) => q.length >= MIN_CHECKED && !marks.some((m) => sharedStart(q, m) >= Math.ceil(q.length * SHARED)));
}
