/**
 * Zod schema of one certification (src/content/certifications/<id>.yaml).
 * Prerequisites are structured so src/lib/certs can evaluate them; every
 * fact carries a confidence so the site never states an unverified fact as
 * certain. Facts come from shared/reference/certifications.yaml (sources kept).
 */
import { z } from 'astro/zod';
import {
  BODIES,
  CAREER_STAGES,
  CONFIDENCE,
  DELIVERY_METHODS,
  EDUCATION_LEVELS,
  GOALS,
  LEVELS,
  REGIONS,
  SECTORS,
} from '../lib/certs/vocabulary.ts';
import { entryId } from './glossary.ts';

const confidence = z.enum(CONFIDENCE);

/** One way to qualify. Every field is a minimum; absent fields are not required. */
const pathSchema = z.strictObject({
  label: z.string().min(3),
  minEducation: z.enum(EDUCATION_LEVELS).default('none'),
  /** Degree from a GAC-accredited programme (PMI). We cannot check it, so such paths are shown but not used to decide. */
  gacDegree: z.boolean().default(false),
  monthsWork: z.number().int().min(0).optional(),
  monthsLeading: z.number().int().min(0).optional(),
  monthsAgile: z.number().int().min(0).optional(),
  monthsProgramme: z.number().int().min(0).optional(),
  /** Experience of a kind the chooser does not ask about (e.g. "project risk management"). */
  otherExperience: z.string().optional(),
  trainingHours: z.number().int().min(0).optional(),
  /** Credentials that satisfy the training requirement (e.g. CAPM for PMP's 35 hours). */
  trainingWaivedBy: z.array(entryId).default([]),
  /** Credentials that satisfy the experience requirement (e.g. PMP for PMI-ACP's agile months). */
  experienceWaivedBy: z.array(entryId).default([]),
  /** At least one of these must be held first. */
  requiresOneOf: z.array(entryId).default([]),
  /** A mandatory course (e.g. CSM's Certified Scrum Trainer course). */
  requiredCourse: z.string().optional(),
});

const factSchema = z.strictObject({
  label: z.string(),
  value: z.string(),
  confidence,
});

export const certificationSchema = z.strictObject({
  name: z.string().min(3),
  short: z.string().min(2).max(24),
  body: z.enum(BODIES),
  kind: z.enum(['examined', 'assessed', 'training-certificate']),
  level: z.enum(LEVELS),
  summary: z.string().min(20).max(200),
  stages: z.array(z.enum(CAREER_STAGES)).min(1),
  goals: z.array(z.enum(GOALS)).min(1),
  methods: z.array(z.enum(DELIVERY_METHODS)).min(1),
  regions: z.array(z.enum(REGIONS)).min(1),
  sectors: z.array(z.enum(SECTORS)).default([]),
  prerequisites: z.strictObject({
    paths: z.array(pathSchema).min(1),
    summary: z.string().min(3),
    confidence,
  }),
  /** Holding any of these makes this credential redundant (e.g. PMP covers CAPM). */
  coveredBy: z.array(entryId).default([]),
  exam: z.array(factSchema).default([]),
  renewal: factSchema.omit({ label: true }),
  cost: z
    .array(z.strictObject({ figure: z.string(), source: z.url().nullable(), date: z.string() }))
    .default([]),
  changes: z.string().optional(),
  status: z.enum(['active', 'status-unverified']).default('active'),
  glossary: z.array(entryId).default([]),
  sources: z.array(z.url()).min(1),
  verified: z.iso.date(),
  confidence,
  notes: z.string().optional(),
});

export type Certification = z.infer<typeof certificationSchema>;
export type QualifyingPath = z.infer<typeof pathSchema>;
