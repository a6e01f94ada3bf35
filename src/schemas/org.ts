/**
 * Zod schemas of an organisation overlay's data files (see src/config/org.ts):
 *   grades.yaml                — the organisation's grades mapped onto the guide's ladder;
 *   certification-policy.yaml  — which credentials it funds, prefers or does not support.
 * Ids of roles and credentials are checked against the guide's content by the
 * overlay loader, which names the file and the field of every problem.
 */
import { z } from 'astro/zod';
import { profileOverrideSchema } from './profile.ts';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an id such as "project-manager" (lower case, digits and hyphens)');
const text = (max: number) => z.string().trim().min(1).max(max);

export const gradeSchema = z.strictObject({
  /** The organisation's grade, e.g. "P3". */
  grade: text(24),
  /** The guide's role it corresponds to, e.g. "project-manager" (a file name in src/content/roles/). */
  role: id,
  /** The internal job title at this grade, e.g. "Project Manager". Shown after the grade: "P3 Project Manager". */
  title: text(60).optional(),
  /** Pay-band text, shown as written, e.g. "Band 5 (see the pay policy on the intranet)". */
  payBand: text(120).optional(),
  /** Who to ask about this grade, e.g. "Your line manager or the PMO (#pmo-help)". */
  ask: text(160).optional(),
  /**
   * The organisation's own figures for this grade, any of budget, team,
   * duration, parallel, decides and stakeholders, each replacing the guide's
   * (src/schemas/profile.ts). Only for a role the guide gives a profile.
   */
  profile: profileOverrideSchema.optional(),
});

export const gradesFileSchema = z
  .strictObject({
    /** What the grades are called, shown before them: "Northwind grade: P3 Project Manager". */
    label: text(40).default('Grade'),
    grades: z.array(gradeSchema).min(1).max(40),
  })
  .superRefine((file, ctx) => {
    const seen = new Map<string, number>();
    file.grades.forEach((g, i) => {
      const previous = seen.get(g.grade);
      if (previous !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['grades', i, 'grade'], message: `"${g.grade}" is listed twice (also at grades.${previous})` });
      }
      seen.set(g.grade, i);
    });
  });

export const CERT_POLICY_STATUSES = ['funded', 'preferred', 'funded-and-preferred', 'not-supported'] as const;
export type CertPolicyStatus = (typeof CERT_POLICY_STATUSES)[number];

export const certificationPolicyFileSchema = z.strictObject({
  /** The training-budget rule, shown on the chooser and credential pages, e.g. "Up to £1,500 a year per person…". */
  budget: text(400).optional(),
  /**
   * "policy" (the default): preferred credentials rank higher in the chooser and unsupported ones lower, and the reason
   * says so. "neutral": the chooser marks them but keeps the guide's own ranking.
   */
  ranking: z.enum(['policy', 'neutral']).default('policy'),
  /** Credential id (a file name in src/content/certifications/) → the organisation's stance on it. */
  credentials: z
    .record(
      id,
      z.strictObject({
        status: z.enum(CERT_POLICY_STATUSES),
        /** One or two sentences shown with it, e.g. "Book through the PMO; exam fee and one resit paid." */
        note: text(240).optional(),
      }),
    )
    .refine((r) => Object.keys(r).length > 0, 'must list at least one credential'),
});

export type GradesFileInput = z.input<typeof gradesFileSchema>;
export type GradesFile = z.output<typeof gradesFileSchema>;
export type Grade = z.output<typeof gradeSchema>;
export type CertificationPolicyInput = z.input<typeof certificationPolicyFileSchema>;
export type CertificationPolicyFile = z.output<typeof certificationPolicyFileSchema>;
