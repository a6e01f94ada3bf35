/** Head entries as Starlight's route data holds them. */
export interface HeadEntry {
  tag: string;
  attrs?: Record<string, string | boolean | undefined> | undefined;
  content?: string | undefined;
}

/** The 404 page's head: no canonical link or og:url (it has no address of its own), and noindex. */
export function notFoundHead<T extends HeadEntry>(head: T[]): T[] {
  const kept = head.filter((h) => !(h.tag === 'link' && h.attrs?.rel === 'canonical') && !(h.tag === 'meta' && h.attrs?.property === 'og:url'));
  const noindex: HeadEntry = { tag: 'meta', attrs: { name: 'robots', content: 'noindex' } };
  return [...kept, noindex as unknown as T];
}
