// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { normaliseBase } from './src/lib/paths.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/plugins/base-links.ts';

// Hosting settings come from the environment so the same sources build for the
// public site (base "/") and for a sub-path (e.g. SITE_BASE=/careers/).
const base = normaliseBase(process.env.SITE_BASE);
const site = process.env.SITE_URL ?? 'https://itpm-career-guide.example.org';
const outDir = process.env.SITE_OUT_DIR ?? './dist';

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  markdown: {
    processor: satteri({ hastPlugins: [baseLinksPlugin(base)] }),
  },
  integrations: [
    starlight({
      title: 'IT Project Management Career Guide',
      description:
        'A free, practical guide to the IT project-management career path: the role, skills, certifications and the ladder from coordinator to portfolio manager.',
      defaultLocale: 'root',
      locales: { root: { label: 'English', lang: 'en-GB' } },
      logo: { src: './src/assets/logo.svg', alt: '' },
      customCss: ['./src/styles/custom.css'],
      components: {
        Search: './src/components/Search.astro',
      },
      sidebar: [
        { label: 'The guide', items: [{ autogenerate: { directory: 'guide' } }] },
      ],
      plugins: [starlightLinksValidator({ errorOnRelativeLinks: true, errorOnInvalidHashes: true })],
    }),
  ],
});
