/**
 * Build-time access to the glossary: terms sorted, with the chapters that use
 * each one (computed from the chapters' <Term> marks, never typed by hand).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { markdownToHtml } from 'satteri';
import { chaptersByTerm, compareNames, type ChapterRef } from '../lib/glossary.ts';

export type GlossaryEntry = CollectionEntry<'glossary'>;

async function buildGlossary() {
  const [terms, docs] = await Promise.all([getCollection('glossary'), getCollection('docs')]);
  const chapters = docs
    .filter((d) => d.id.startsWith('guide/'))
    .map((d) => ({ id: d.id, title: d.data.title, order: d.data.sidebar.order ?? 99, body: d.body ?? '' }));
  const usage = chaptersByTerm(chapters);
  const byId = new Map(terms.map((t) => [t.id, t]));
  const sorted = [...terms].sort((a, b) => compareNames(a.data.name, b.data.name));
  return {
    terms: sorted,
    byId,
    chaptersFor: (id: string): ChapterRef[] => usage.get(id) ?? [],
  };
}

let cached: ReturnType<typeof buildGlossary> | undefined;

/**
 * The glossary, sorted and indexed, with each term's chapters. Built once per
 * production build and shared by every page (the glossary, each term, role
 * and credential page): re-sorting every term and re-scanning every chapter
 * per page made the build grow with terms × pages. In dev it is rebuilt on
 * each call so edits show up.
 */
export function loadGlossary(): ReturnType<typeof buildGlossary> {
  if (!import.meta.env.PROD) return buildGlossary();
  cached ??= buildGlossary();
  return cached;
}

/** The term's definition (our own Markdown) as HTML. */
export function definitionHtml(term: GlossaryEntry): string {
  return markdownToHtml(term.data.definition).html;
}
