// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/plugins/base-links.ts';
import contentIntegrity from './src/integrations/content-integrity.ts';
import builtLinkCheck from './src/integrations/built-link-check.ts';
import cspMeta from './src/integrations/csp.ts';
import publishBuild from './src/integrations/publish.ts';
import { withoutBase } from './src/lib/paths.ts';
import { loadGuideConfig } from './src/config/load.ts';
import { accentCss, logoFor, sidebarFor } from './src/config/starlight.ts';

// Everything an organisation may change lives in guide.config.ts (or the file
// named by GUIDE_CONFIG); SITE_BASE and SITE_URL override base and site.
const root = fileURLToPath(new URL('.', import.meta.url));
const config = await loadGuideConfig(root);
const { base, site } = config;
const outDir = process.env.SITE_OUT_DIR ?? './dist';

// Routes built by Astro pages rather than content; starlight-links-validator
// cannot see them, so links to them are checked after the build instead
// (src/integrations/built-link-check.ts).
const CUSTOM_ROUTES = ['/glossary/', '/certifications/', '/roles/', '/tools/', '/whole-guide/'];

const accent = accentCss(config);

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  markdown: {
    processor: satteri({ hastPlugins: [baseLinksPlugin(base)] }),
  },
  vite: {
    plugins: [
      {
        // `import config from 'virtual:guide-config'` gives components the validated configuration.
        name: 'guide-config',
        resolveId: (id) => (id === 'virtual:guide-config' ? '\0virtual:guide-config' : undefined),
        load: (id) => (id === '\0virtual:guide-config' ? `export default ${JSON.stringify(config)};` : undefined),
      },
    ],
  },
  integrations: [
    contentIntegrity(),
    starlight({
      title: config.title,
      description: config.description,
      defaultLocale: 'root',
      locales: { root: { label: 'English', lang: 'en-GB' } },
      logo: logoFor(config),
      customCss: ['./src/styles/custom.css'],
      head: accent ? [{ tag: 'style', content: accent }] : [],
      editLink: config.editLink ? { baseUrl: config.editLink } : {},
      components: {
        Search: './src/components/Search.astro',
        Footer: './src/components/Footer.astro',
      },
      sidebar: sidebarFor(config),
      routeMiddleware: './src/routeData.ts',
      plugins: [
        starlightLinksValidator({
          errorOnRelativeLinks: true,
          errorOnInvalidHashes: true,
          exclude: ({ link }) => CUSTOM_ROUTES.some((route) => withoutBase(link, base).startsWith(route)),
        }),
      ],
    }),
    builtLinkCheck(),
    cspMeta(),
    // Last: moves the checked build into outDir; a failed build publishes nothing.
    publishBuild(),
  ],
});
