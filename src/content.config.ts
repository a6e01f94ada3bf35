import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { glossaryTermSchema } from './schemas/glossary.ts';
import { certificationSchema } from './schemas/certification.ts';
import { roleSchema } from './schemas/role.ts';
import { marketFigureSchema } from './schemas/market.ts';
import { sourcedFactSchema } from './schemas/sourced-fact.ts';
import { docsWithOrgPages } from './config/docs-loader.ts';

export const collections = {
  /** The guide's pages (src/content/docs/) and an organisation overlay's (org/pages/, published under /org/). */
  docs: defineCollection({ loader: docsWithOrgPages(), schema: docsSchema() }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  /** One YAML file per term; the file name is the term's id. */
  glossary: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: './src/content/glossary' }),
    schema: glossaryTermSchema,
  }),
  /** One YAML file per credential; every stale-able fact carries its source, its kind and the date it was checked. */
  certifications: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: './src/content/certifications' }),
    schema: certificationSchema,
  }),
  /** Pay and market figures, each with provenance; rendered by <MarketFigure>. */
  market: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: './src/content/market' }),
    schema: marketFigureSchema,
  }),
  /** Other sourced facts (laws, public frameworks, apprenticeship standards); rendered by <SourcedFact>. */
  facts: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: './src/content/facts' }),
    schema: sourcedFactSchema,
  }),
  /** The career ladder: rungs, entry routes, side doors and specialisations. */
  roles: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: './src/content/roles' }),
    schema: roleSchema,
  }),
};
