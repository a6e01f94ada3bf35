/**
 * Zod schema of one role on the career ladder (src/content/roles/<id>.yaml).
 * Cross-entry rules (every certification, term, chapter and move target
 * exists) are checked at build time by build/integrations/content-integrity.ts
 * (rules in build/references.ts and src/lib/ladder/graph.ts).
 */
import { z } from 'astro/zod';
import { SKILL_IDS, type SkillId } from '../lib/ladder/dimensions.ts';
import { entryId } from './glossary.ts';
import { rungProfileSchema } from './profile.ts';
import { isoDay } from '../lib/facts/provenance.ts';

const rating = z.number().int().min(1).max(5);
/** A level with the reason this role sits there, e.g. { level: 4, why: "Holds a large programme budget…" }. */
const skillLevel = z.strictObject({ level: rating, why: z.string().trim().min(20).max(180) });
const mapSkills = <T, U>(skills: Record<SkillId, T>, f: (v: T) => U) => Object.fromEntries(SKILL_IDS.map((id) => [id, f(skills[id])])) as Record<SkillId, U>;

/** `today` is the build date: a profile reviewed "in the future" fails. */
export function roleSchemaFor(today: string = isoDay(new Date())) {
  return (
    z
      .strictObject({
        name: z.string().min(3),
        /** Job titles seen in adverts for this role. */
        titles: z.array(z.string().trim().min(3)).min(2).max(6),
        kind: z.enum(['rung', 'entry', 'side-door', 'specialisation']),
        /** Position on the ladder, 1 (coordinator) to 5 (portfolio manager); only for rungs. */
        rung: z.number().int().min(1).max(5).optional(),
        summary: z.string().min(20).max(220),
        scope: z.string().min(20),
        responsibilities: z.array(z.string().min(5)).min(3).max(8),
        /** Typical, not a rule: shown as "typically …". */
        typicalExperience: z.string().min(3),
        /** Every skill dimension's typical level in this role, each with its reason. */
        skills: z.strictObject(Object.fromEntries(SKILL_IDS.map((id) => [id, skillLevel])) as Record<SkillId, typeof skillLevel>),
        /** Pay figures for this role: ids in src/content/market/ of official statistics only (checked at build time). */
        pay: z.array(entryId).default([]),
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
        /**
         * What the role is trusted with (src/lib/ladder/profile.ts): required for
         * every rung, optional beside the ladder (the PMO lead has one). The
         * anchors' facts are checked to exist at build time.
         */
        profile: rungProfileSchema(today).optional(),
      })
      .superRefine((role, ctx) => {
        if (role.kind === 'rung' && !role.profile) {
          ctx.addIssue({
            code: 'custom',
            path: ['profile'],
            message: 'is required for a rung: its typical budget, team, duration, work in parallel, decision rights and stakeholders',
          });
        }
      })
      // Consumers read the levels as numbers and the reasons as notes, one per dimension.
      .transform(({ skills, ...role }) => ({ ...role, skills: mapSkills(skills, (s) => s.level), skillNotes: mapSkills(skills, (s) => s.why) }))
  );
}

export const roleSchema = roleSchemaFor();

export type Role = z.infer<typeof roleSchema>;
