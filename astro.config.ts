// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './build/plugins/base-links.ts';
import { tableScrollPlugin } from './build/plugins/table-scroll.ts';
import contentIntegrity from './build/integrations/content-integrity.ts';
import sitePass from './build/integrations/site-pass.ts';
import publishBuild from './build/integrations/publish.ts';
import toolRoutes from './build/integrations/tool-routes.ts';
import orgOverlay from './build/integrations/org-overlay.ts';
import offline from './build/integrations/offline.ts';
import { loadOrgOverlay, ORG_META, ORG_META_WEIGHT } from './src/config/org.ts';
import { accentCss, logoFor, sidebarFor } from './src/config/starlight.ts';
import { WEB_MANIFEST_FILE } from './build/offline/webapp.ts';

// Everything an organisation changes lives in its overlay folder (./org, or the
// one named by GUIDE_ORG_DIR; see src/config/org.ts): its guide.config.ts,
// pages, branding, grades and certification policy. Without one, the public
// guide is built from ./guide.config.ts. SITE_BASE and SITE_URL override base and site.
const root = fileURLToPath(new URL('.', import.meta.url));
const overlay = await loadOrgOverlay(root);
const { config } = overlay;
const { base, site } = config;
const outDir = process.env.SITE_OUT_DIR ?? './dist';

const accent = accentCss(config);
// Offline reading and installing: the registration script and web app files before the site pass, the worker after it.
const offlineParts = offline(overlay, root);

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  markdown: {
    processor: satteri({ hastPlugins: [baseLinksPlugin(base), tableScrollPlugin()] }),
  },
  vite: {
    // `astro preview` (npm start, the tests) stops when its port is taken instead of moving to another.
    preview: { strictPort: true },
  },
  integrations: [
    contentIntegrity(),
    toolRoutes(),
    // virtual:guide-config and virtual:guide-org for components; the overlay's favicon.
    orgOverlay(overlay),
    starlight({
      title: config.title,
      description: config.description,
      defaultLocale: 'root',
      locales: { root: { label: 'English', lang: 'en-GB' } },
      logo: logoFor(config),
      ...(overlay.favicon ? { favicon: overlay.favicon.href } : {}),
      // The overlay's styles only when there is an overlay, so the public guide's CSS is unchanged without one.
      customCss: ['./src/styles/custom.css', ...(overlay.dir ? ['./src/styles/org.css'] : [])],
      head: [
        ...(accent ? [{ tag: 'style' as const, content: accent }] : []),
        // Installable: every page links the web app manifest (build/offline/webapp.ts).
        { tag: 'link', attrs: { rel: 'manifest', href: `${base}${WEB_MANIFEST_FILE}` } },
      ],
      editLink: config.editLink ? { baseUrl: config.editLink } : {},
      components: {
        Search: './src/components/starlight/Search.astro',
        Footer: './src/components/starlight/Footer.astro',
        Sidebar: './src/components/starlight/Sidebar.astro', // reading progress above the sidebar
        ThemeProvider: './src/components/starlight/ThemeProvider.astro', // storage access that never throws
        ThemeSelect: './src/components/starlight/ThemeSelect.astro',
      },
      sidebar: sidebarFor(
        config,
        overlay.pages.map((p) => p.id),
      ),
      // Exact words rank above words that merely share a stem or a prefix ("scrum of scrums" finds its own entry
      // before "Scrum.org"); a search for the organisation's name lists its own pages first (they carry it as
      // metadata: src/route-data.ts).
      pagefind: { ranking: { termSimilarity: 10, ...(overlay.pages.length > 0 ? { metaWeights: { [ORG_META]: ORG_META_WEIGHT } } : {}) } },
      routeMiddleware: './src/route-data.ts',
    }),
    offlineParts.webApp,
    sitePass(),
    offlineParts.worker,
    // Last: moves the checked build into outDir; a failed build publishes nothing.
    publishBuild(),
  ],
});
