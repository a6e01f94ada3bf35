/**
 * Zod schema of one role on the career ladder (src/content/roles/<id>.yaml).
 * Cross-entry rules (every certification, term, chapter and move target
 * exists) are checked at build time by src/integrations/content-integrity.ts
 * (rules in src/lib/references.ts and src/lib/ladder/graph.ts).
 */
import { z } from 'astro/zod';
import { SKILL_IDS } from '../lib/ladder/dimensions.ts';
import { entryId } from './glossary.ts';

const rating = z.number().int().min(1).max(5);

export const roleSchema = z.strictObject({
  name: z.string().min(3),
  kind: z.enum(['rung', 'entry', 'side-door', 'specialisation']),
  /** Position on the ladder, 1 (coordinator) to 5 (portfolio manager); only for rungs. */
  rung: z.number().int().min(1).max(5).optional(),
  summary: z.string().min(20).max(220),
  scope: z.string().min(20),
  responsibilities: z.array(z.string().min(5)).min(3).max(8),
  /** Typical, not a rule: shown as "typically …". */
  typicalExperience: z.string().min(3),
  skills: z.strictObject(Object.fromEntries(SKILL_IDS.map((id) => [id, rating])) as Record<(typeof SKILL_IDS)[number], typeof rating>),
  /** What the ratings mean in this role, for the dimensions where it matters most. */
  skillNotes: z.partialRecord(z.enum(SKILL_IDS), z.string().min(3)).default({}),
  certifications: z.array(entryId).default([]),
  terms: z.array(entryId).default([]),
  chapters: z.array(z.string().regex(/^guide\/[a-z0-9-]+$/)).min(1),
  moves: z
    .array(
      z.strictObject({
        to: entryId,
        how: z.string().min(20),
      }),
    )
    .default([]),
});

export type Role = z.infer<typeof roleSchema>;
