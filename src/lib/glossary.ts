/**
 * Glossary logic shared by the build (integrity checks, pages) and the
 * browser (filter). Pure functions: no DOM, no Astro, no file system.
 */

export const GLOSSARY_CATEGORIES = ['delivery', 'agile', 'governance', 'risk', 'technical', 'roles', 'certification', 'finance', 'people', 'tools'] as const;
export type GlossaryCategory = (typeof GLOSSARY_CATEGORIES)[number];

export const GLOSSARY_FRAMEWORKS = ['PMI', 'Scrum Guide', 'PRINCE2', 'ITIL', 'SAFe', 'APM', 'IPMA', 'general'] as const;

export const CATEGORY_LABELS: Record<GlossaryCategory, string> = {
  delivery: 'Delivery',
  agile: 'Agile',
  governance: 'Governance',
  risk: 'Risk',
  technical: 'Technical',
  roles: 'Roles',
  certification: 'Certifications and bodies',
  finance: 'Finance',
  people: 'People',
  tools: 'Tools',
};

/** The fields of a term that the cross-entry rules look at. */
export interface TermRecord {
  id: string;
  /** Where the term is defined, for error messages (e.g. "src/content/glossary/raid-log.yaml"). */
  file: string;
  name: string;
  aliases: string[];
  related: string[];
  seeInstead?: string | undefined;
}

/** A chapter's use of a term, e.g. <Term id="raid-log">. */
export interface TermUse {
  file: string;
  id: string;
  line: number;
}

/**
 * The one collator for names (English, case- and accent-insensitive). Creating
 * it once matters: `a.localeCompare(b, 'en', …)` builds a new collator on every
 * call, which dominated sorting once the glossary grew.
 */
export const nameCollator = new Intl.Collator('en', { sensitivity: 'base' });
export const compareNames = (a: string, b: string): number => nameCollator.compare(a, b);

/** Lower-case, strip accents and collapse punctuation/space, for matching and uniqueness. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim();
}

/** Finds every <Term id="…"> in an MDX source, with its line number. */
export function findTermUses(source: string, file: string): TermUse[] {
  const uses: TermUse[] = [];
  const pattern = /<Term\b[^>]*?\bid=(?:"([^"]*)"|'([^']*)')/g;
  for (const match of source.matchAll(pattern)) {
    const line = source.slice(0, match.index).split('\n').length;
    uses.push({ file, id: (match[1] ?? match[2])!, line });
  }
  return uses;
}

/**
 * Cross-entry rules the schema cannot express. Returns one message per
 * problem, each naming the file, the term and the field.
 */
export function checkGlossaryIntegrity(terms: TermRecord[], uses: TermUse[] = []): string[] {
  const errors: string[] = [];
  const ids = new Set(terms.map((t) => t.id));
  const seen = new Map<string, { term: TermRecord; field: string }>();

  for (const term of terms) {
    const labels: Array<[string, string]> = [['name', term.name], ...term.aliases.map((a, i): [string, string] => [`aliases[${i}]`, a])];
    for (const [field, label] of labels) {
      const key = normaliseText(label);
      const prior = seen.get(key);
      if (prior) {
        errors.push(
          `${term.file}: term "${term.id}" field "${field}" ("${label}") duplicates ${prior.term.file}: term "${prior.term.id}" field "${prior.field}"`,
        );
      } else {
        seen.set(key, { term, field });
      }
    }
    term.related.forEach((rel, i) => {
      if (rel === term.id) errors.push(`${term.file}: term "${term.id}" field "related[${i}]" refers to the term itself`);
      else if (!ids.has(rel)) errors.push(`${term.file}: term "${term.id}" field "related[${i}]" refers to unknown term "${rel}"`);
    });
    if (term.seeInstead !== undefined) {
      if (term.seeInstead === term.id) errors.push(`${term.file}: term "${term.id}" field "seeInstead" refers to the term itself`);
      else if (!ids.has(term.seeInstead)) {
        errors.push(`${term.file}: term "${term.id}" field "seeInstead" refers to unknown term "${term.seeInstead}"`);
      }
    }
  }
  for (const use of uses) {
    if (!ids.has(use.id)) errors.push(`${use.file}:${use.line}: <Term> field "id" refers to unknown glossary term "${use.id}"`);
  }
  return errors;
}

/** What the filter needs to know about a term (read from the page's markup). */
export interface FilterableTerm {
  name: string;
  aliases: string[];
  summary: string;
  category: string;
}

export interface GlossaryFilter {
  query: string;
  category: string; // '' = all
}

/**
 * How well a term answers a filter query, best first, or null when it does
 * not match. Name and alias matches always come before matches found only in
 * the summary, so typing a term's own name or abbreviation puts it at the top:
 *   0  the whole query is the name or an alias ("uat" → User acceptance testing)
 *   1  the name or an alias starts with the query
 *   2  every word of the query starts a word of the name or an alias
 *   3  every word occurs inside the name or an alias ("ops" in "DevOps")
 *   4  every word starts a word somewhere in the name, aliases or summary
 * Summaries match on word starts only, so "uat" does not find "evaluate".
 */
export function rankTerm(term: Omit<FilterableTerm, 'category'>, query: string): number | null {
  const q = normaliseText(query);
  const words = q.split(' ').filter(Boolean);
  if (words.length === 0) return 0;
  const labels = [term.name, ...term.aliases].map(normaliseText);
  if (labels.includes(q)) return 0;
  if (labels.some((l) => l.startsWith(q))) return 1;
  const labelText = ` ${labels.join(' ')}`;
  if (words.every((w) => labelText.includes(` ${w}`))) return 2;
  if (words.every((w) => labelText.includes(w))) return 3;
  const all = ` ${labels.join(' ')} ${normaliseText(term.summary)}`;
  if (words.every((w) => all.includes(` ${w}`))) return 4;
  return null;
}

/** True when the term is in the category (if one is chosen) and answers the query (see rankTerm). */
export function matchesFilter(term: FilterableTerm, filter: GlossaryFilter): boolean {
  if (filter.category && term.category !== filter.category) return false;
  return rankTerm(term, filter.query) !== null;
}

/**
 * The terms that match a filter, best first (rankTerm), then in the order
 * given (A–Z on the glossary page). Stable, so equal ranks keep that order.
 */
export function rankedMatches<T extends { data: FilterableTerm }>(terms: readonly T[], filter: GlossaryFilter): T[] {
  const ranked: Array<{ term: T; rank: number; index: number }> = [];
  terms.forEach((term, index) => {
    if (filter.category && term.data.category !== filter.category) return;
    const rank = rankTerm(term.data, filter.query);
    if (rank !== null) ranked.push({ term, rank, index });
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.index - b.index).map((r) => r.term);
}

/** The A–Z letter a term is filed under ("#" for digits and symbols). */
export function letterOf(name: string): string {
  const first = normaliseText(name).charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

/** Decodes the glossary page's query string (?q=…&category=…); anything odd falls back to "no filter". */
export function decodeGlossaryFilter(search: string, categories: readonly string[] = GLOSSARY_CATEGORIES): GlossaryFilter {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { query: '', category: '' };
  }
  const rawQuery = params.get('q') ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  const query = rawQuery.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 100);
  const rawCategory = params.get('category') ?? '';
  const category = categories.includes(rawCategory) ? rawCategory : '';
  return { query, category };
}

/** Encodes a filter as a query string ("" when empty), the inverse of decodeGlossaryFilter. */
export function encodeGlossaryFilter(filter: GlossaryFilter): string {
  const params = new URLSearchParams();
  if (filter.query.trim()) params.set('q', filter.query.trim());
  if (filter.category) params.set('category', filter.category);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export interface ChapterRef {
  id: string;
  title: string;
  order: number;
}

/** For each term id, the chapters that mark it with <Term>, in reading order. */
export function chaptersByTerm(chapters: Array<ChapterRef & { body: string }>): Map<string, ChapterRef[]> {
  const byTerm = new Map<string, ChapterRef[]>();
  const sorted = [...chapters].sort((a, b) => a.order - b.order || compareNames(a.title, b.title));
  for (const { body, ...chapter } of sorted) {
    const ids = new Set(findTermUses(body, chapter.id).map((u) => u.id));
    for (const id of ids) {
      const list = byTerm.get(id) ?? [];
      list.push(chapter);
      byTerm.set(id, list);
    }
  }
  return byTerm;
}

/** Groups items under their A–Z letter, letters in order, items by name. */
export function groupByLetter<T extends { name: string }>(items: T[]): Array<{ letter: string; items: T[] }> {
  const groups = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => compareNames(a.name, b.name))) {
    const letter = letterOf(item.name);
    const group = groups.get(letter);
    if (group) group.push(item);
    else groups.set(letter, [item]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : a.localeCompare(b))).map(([letter, items]) => ({ letter, items }));
}
