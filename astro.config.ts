// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/plugins/base-links.ts';
import contentIntegrity from './src/integrations/content-integrity.ts';
import builtLinkCheck from './src/integrations/built-link-check.ts';
import { normaliseBase, withoutBase } from './src/lib/paths.ts';

// Hosting settings come from the environment so the same sources build for the
// public site (base "/") and for a sub-path (e.g. SITE_BASE=/careers/).
const base = normaliseBase(process.env.SITE_BASE);
const site = process.env.SITE_URL ?? 'https://itpm-career-guide.example.org';
const outDir = process.env.SITE_OUT_DIR ?? './dist';

// Routes built by Astro pages rather than content; starlight-links-validator
// cannot see them, so links to them are checked after the build instead
// (src/integrations/built-link-check.ts).
const CUSTOM_ROUTES = ['/glossary/', '/certifications/', '/roles/', '/tools/', '/whole-guide/'];

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  markdown: {
    processor: satteri({ hastPlugins: [baseLinksPlugin(base)] }),
  },
  integrations: [
    contentIntegrity(),
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
        {
          label: 'The guide',
          items: [{ autogenerate: { directory: 'guide' } }, { label: 'The whole guide (to print)', link: '/whole-guide/' }],
        },
        {
          label: 'Tools',
          items: [
            { label: 'Role-ladder explorer', link: '/roles/' },
            { label: 'Certification chooser', link: '/certifications/' },
            { label: 'Skills self-assessment', link: '/tools/self-assessment/' },
            { label: 'Career plan', link: '/tools/career-plan/' },
            { label: 'Templates', link: '/tools/templates/' },
            { label: 'Glossary', link: '/glossary/' },
          ],
        },
      ],
      plugins: [
        starlightLinksValidator({
          errorOnRelativeLinks: true,
          errorOnInvalidHashes: true,
          exclude: ({ link }) => CUSTOM_ROUTES.some((route) => withoutBase(link, base).startsWith(route)),
        }),
      ],
    }),
    builtLinkCheck(),
  ],
});
