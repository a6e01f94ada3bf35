/**
 * The one configuration file an organisation edits (guide.config.ts, in its
 * overlay folder: see src/config/org.ts): name, title, logo, favicon, accent
 * colour, base path and site URL, footer note, edit links, sections to hide,
 * its own pages and the home page's hero. Validated at build time; every
 * error names the file and the field. Paths are relative to the folder of the
 * config file.
 */
import { z } from 'astro/zod';
import { contrastRatio, accentPalette } from '../lib/colour.ts';
import { normaliseBase } from '../lib/paths.ts';
import { formatIssues } from '../lib/issues.ts';

import { HIDEABLE_SECTIONS } from '../tools/registry.ts';

export { HIDEABLE_SECTIONS, type HideableSection } from '../tools/registry.ts';

const path = z.string().regex(/^\.\/[\w./-]+\.(svg|png|webp|jpe?g)$/, 'must be a path from the config file’s folder such as "./branding/logo.svg"');
const faviconPath = z
  .string()
  .regex(/^\.\/[\w./-]+\.(svg|png|ico)$/, 'must be an .svg, .png or .ico file, as a path from the config file’s folder such as "./branding/favicon.svg"');

/** Starlight icons a home-page action may show after its text. */
export const ACTION_ICONS = ['right-arrow', 'open-book', 'document', 'information', 'rocket', 'external'] as const;

const homeAction = z.strictObject({
  text: z.string().trim().min(2).max(40),
  /** A guide page ("/guide/skills/"), one of your pages ("/org/career-levels/") or an https:// address. */
  link: z.string().regex(/^(\/[\w./#?=&%-]*|https:\/\/\S+)$/, 'must be a root-relative path such as "/org/career-levels/" or an https:// address'),
  variant: z.enum(['primary', 'secondary', 'minimal']).default('primary'),
  icon: z.enum(ACTION_ICONS).optional(),
});

export const guideConfigSchema = z
  .strictObject({
    /** Shown in the footer ("Published for …") and in page titles' suffix. */
    organisation: z.string().trim().min(1).max(80).nullable().default(null),
    title: z.string().trim().min(3).max(80).default('IT Project Management Career Guide'),
    description: z
      .string()
      .trim()
      .min(10)
      .max(220)
      .default(
        'A free, practical guide to the IT project-management career path: the role, skills, certifications and the ladder from coordinator to portfolio manager.',
      ),
    logo: z.strictObject({ light: path, dark: path.optional(), alt: z.string().max(80).default('') }).default({ light: './src/assets/logo.svg', alt: '' }),
    /** Brand colour as #rrggbb; must reach 4.5:1 against white so links and buttons stay readable. */
    accent: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, 'must be a hex colour such as "#0b5cab"')
      .refine((c) => contrastRatio(c, '#ffffff') >= 4.5, {
        message: 'is too light: it needs a contrast of at least 4.5:1 against white (WCAG AA). Pick a darker shade.',
      })
      .nullable()
      .default(null),
    /** Where the site lives below the domain, e.g. "/careers/". */
    base: z
      .string()
      .default('/')
      .transform((b, ctx) => {
        try {
          return normaliseBase(b);
        } catch (err) {
          ctx.addIssue({ code: 'custom', message: (err as Error).message });
          return z.NEVER;
        }
      }),
    /** The public address, for the sitemap and canonical links. */
    site: z.url({ protocol: /^https?$/ }).default('https://itpm-career-guide.example.org'),
    footerNote: z.string().trim().max(300).nullable().default(null),
    /** Base URL for "Edit this page" links, e.g. "https://git.example.com/team/guide/edit/main/". */
    editLink: z
      .url({ protocol: /^https?$/ })
      .nullable()
      .default(null),
    /** Sections left out of the navigation and home page (their pages still build so links keep working). */
    hide: z.array(z.enum(HIDEABLE_SECTIONS)).default([]),
    /** Your own pages: MDX files in the overlay's pages/ folder, shown as a sidebar group with this label, on the home page and in search. */
    orgPages: z
      .strictObject({ label: z.string().trim().min(1).max(40) })
      .nullable()
      .default(null),
    /** The browser-tab icon (.svg, .png or .ico); the guide's own icon when not set. */
    favicon: faviconPath.nullable().default(null),
    /**
     * Offline reading (on by default): a service worker keeps the pages a reader opens, and the "Reading offline"
     * page can save the whole guide, search included. `false` registers no worker and removes one an earlier
     * build installed for this base path, with its caches (the reader's own data in localStorage is untouched).
     */
    offline: z.boolean().default(true),
    /** The home page's hero: title, tagline and the buttons under it. Anything left out keeps the guide's own. */
    home: z
      .strictObject({
        title: z.string().trim().min(3).max(80).optional(),
        tagline: z.string().trim().min(10).max(300).optional(),
        actions: z.array(homeAction).min(1).max(4).optional(),
      })
      .default({}),
  })
  .transform((c) => ({ ...c, palette: c.accent ? accentPalette(c.accent) : null }));

export type GuideConfigInput = z.input<typeof guideConfigSchema>;
export type GuideConfig = z.output<typeof guideConfigSchema>;

/** Identity helper so guide.config.ts gets types and autocompletion. */
export function defineGuideConfig(config: GuideConfigInput): GuideConfigInput {
  return config;
}

/** Validates a config object, throwing one message that names the file and every bad field. */
export function parseGuideConfig(raw: unknown, file: string): GuideConfig {
  const result = guideConfigSchema.safeParse(raw);
  if (result.success) return result.data;
  const lines = formatIssues(file, result.error.issues).map((line) => `  - ${line}`);
  throw new Error(`Invalid guide configuration:\n${lines.join('\n')}`);
}
