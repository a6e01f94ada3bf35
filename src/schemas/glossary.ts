/**
 * Zod schema of one glossary term (src/content/glossary/<id>.yaml). Astro
 * validates every file against it and names the file and field on failure;
 * cross-entry rules live in src/lib/glossary.ts (checkGlossaryIntegrity).
 */
import { z } from 'astro/zod';
import { GLOSSARY_CATEGORIES, GLOSSARY_FRAMEWORKS } from '../lib/glossary.ts';

export const entryId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case kebab-case id, e.g. "raid-log"');

export const glossaryTermSchema = z.strictObject({
  name: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)).default([]),
  summary: z.string().trim().min(20).max(160, 'must be at most 160 characters (it is shown in previews)'),
  definition: z.string().trim().min(40),
  category: z.enum(GLOSSARY_CATEGORIES),
  framework: z.enum(GLOSSARY_FRAMEWORKS),
  related: z.array(entryId).max(6).default([]),
  seeInstead: entryId.optional(),
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
