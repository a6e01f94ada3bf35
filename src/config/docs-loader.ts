/**
 * The docs collection: Starlight's own loader for the guide's pages in
 * src/content/docs/, plus the organisation overlay's pages (org/pages/*.mdx,
 * see src/config/org.ts) with ids "org/<file name>", published at
 * /org/<file name>/. The overlay's files stay where they are (so their
 * relative imports, edit links and dev-server reloads work) and nothing is
 * written into the guide's tree.
 *
 * Both halves share the collection's store. Astro's glob loader deletes every
 * entry it did not see, so each half gets a view of the store that lists only
 * its own entries: the guide's (files in src/content/docs/) and everything else
 * (the overlay's, including stale ones from another overlay, which it removes).
 */
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { docsLoader } from '@astrojs/starlight/loaders';
import { DOCS_DIR, ORG_SEGMENT, orgPagesDir } from './org.ts';

type Store = LoaderContext['store'];

function view(store: Store, keep: (id: string) => boolean): Store {
  return { ...store, keys: () => store.keys().filter(keep) };
}

export function docsWithOrgPages(): Loader {
  const guide = docsLoader();
  return {
    name: 'guide-docs-and-org-pages',
    load: async (context) => {
      const { store } = context;
      const isGuidePage = (id: string) => store.get(id)?.filePath?.startsWith(`${DOCS_DIR}/`) ?? false;
      await guide.load({ ...context, store: view(store, isGuidePage) });
      const pages = orgPagesDir(fileURLToPath(context.config.root));
      if (!pages) {
        for (const id of store.keys()) if (!isGuidePage(id)) store.delete(id);
        return;
      }
      await glob({
        base: pages,
        pattern: '[^_]*.{md,mdx}',
        generateId: ({ entry }) => `${ORG_SEGMENT}/${entry.replace(/\.mdx?$/, '')}`,
      }).load({ ...context, store: view(store, (id) => !isGuidePage(id)) });
    },
  };
}
