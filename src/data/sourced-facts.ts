/** Build-time access to the other sourced facts (laws, public frameworks, apprenticeship standards). */
import { getEntry, type CollectionEntry } from 'astro:content';

export type SourcedFactEntry = CollectionEntry<'facts'>;

export async function sourcedFact(id: string): Promise<SourcedFactEntry> {
  const entry = await getEntry('facts', id);
  if (!entry) throw new Error(`<SourcedFact id="${id}">: there is no fact "${id}" in src/content/facts/`);
  return entry;
}
