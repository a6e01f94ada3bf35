/**
 * Build-time access to the glossary: terms sorted, with the chapters that use
 * each one (computed from the chapters' <Term> marks, never typed by hand).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { markdownToHtml } from 'satteri';
import { chaptersByTerm, type ChapterRef } from '../lib/glossary.ts';

export type GlossaryEntry = CollectionEntry<'glossary'>;

export async function loadGlossary() {
  const [terms, docs] = await Promise.all([getCollection('glossary'), getCollection('docs')]);
  const chapters = docs
    .filter((d) => d.id.startsWith('guide/'))
    .map((d) => ({ id: d.id, title: d.data.title, order: d.data.sidebar.order ?? 99, body: d.body ?? '' }));
  const usage = chaptersByTerm(chapters);
  const byId = new Map(terms.map((t) => [t.id, t]));
  const sorted = [...terms].sort((a, b) => a.data.name.localeCompare(b.data.name, 'en', { sensitivity: 'base' }));
  return {
    terms: sorted,
    byId,
    chaptersFor: (id: string): ChapterRef[] => usage.get(id) ?? [],
  };
}

/** The term's definition (our own Markdown) as HTML. */
export function definitionHtml(term: GlossaryEntry): string {
  return markdownToHtml(term.data.definition).html;
}
