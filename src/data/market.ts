/** Build-time access to the market and pay figures. */
import { getEntry, type CollectionEntry } from 'astro:content';

export type MarketEntry = CollectionEntry<'market'>;

export async function marketFigure(id: string): Promise<MarketEntry> {
  const entry = await getEntry('market', id);
  if (!entry) throw new Error(`<MarketFigure id="${id}">: there is no figure "${id}" in src/content/market/`);
  return entry;
}
