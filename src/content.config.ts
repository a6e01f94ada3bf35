import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { glossaryTermSchema } from './schemas/glossary.ts';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  /** One YAML file per term; the file name is the term's id. */
  glossary: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: './src/content/glossary' }),
    schema: glossaryTermSchema,
  }),
};
