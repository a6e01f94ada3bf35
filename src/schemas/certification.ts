/**
 * Zod schema of one certification (src/content/certifications/<id>.yaml).
 * Prerequisites are structured so src/lib/certs can evaluate them and
 * describe them in words (one source for the rule and its summary). Every
 * fact that can go stale carries its provenance (src/schemas/fact.ts): the
 * source, whether it is official, the source's date, when it was checked and
 * when it is due for review. Facts come from
 * shared/reference/certifications-official.yaml.
 */
import { z } from 'astro/zod';
import { BODIES, CAREER_STAGES, DELIVERY_METHODS, EDUCATION_LEVELS, GOALS, LEVELS, REGIONS, SECTORS } from '../lib/certs/vocabulary.ts';
import { WAIVABLE } from '../lib/certs/describe.ts';
import { isoDay } from '../lib/facts/provenance.ts';
import { RENEWAL_UNITS, renewalRuleIssues } from '../lib/renewal-rule.ts';
import { factSchema, issuerSchema, provenanceSchema } from './fact.ts';
import { entryId } from './glossary.ts';

const months = z.number().int().min(0).max(600).optional();

/** One way to qualify. Every field is a minimum; absent fields are not required. */
const pathSchema = z.strictObject({
  label: z.string().min(3),
  minEducation: z.enum(EDUCATION_LEVELS).default('none'),
  /** Degree from a GAC-accredited programme (PMI). We cannot check it, so such paths are shown but not used to decide. */
  gacDegree: z.boolean().default(false),
  monthsWork: months,
  monthsLeading: months,
  monthsAgile: months,
  monthsProgramme: months,
  monthsPortfolio: months,
  /** Experience of a kind the chooser does not ask about (e.g. "project risk management"). */
  otherExperience: z.string().optional(),
  /** Shown in words only: the window the experience must fall in. */
  withinYears: z.number().int().min(1).max(30).optional(),
  trainingHours: z.number().int().min(0).optional(),
  /** Training of a named kind (e.g. "agile", "PMO"), for the summary's wording. */
  trainingTopic: z.string().optional(),
  /** Credentials that count in place of one requirement, e.g. { trainingHours: [pmi-capm] }. */
  waivedBy: z.partialRecord(z.enum(WAIVABLE), z.array(entryId).min(1)).default({}),
  /** At least one of these must be held first. */
  requiresOneOf: z.array(entryId).default([]),
  /** A mandatory course, as a noun phrase: "a two-day course with a Certified Scrum Trainer". */
  requiredCourse: z.string().optional(),
});

const FACT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const phrase = z.string().trim().min(3).max(200);
const unitCount = z.number().int().min(0).max(1000);

/**
 * The renewal rule in fields (src/lib/renewal-rule.ts), only for a credential
 * whose renewal fact its issuer confirms. Its provenance is that fact's: the
 * certification's refinement checks that the fact exists, is confirmed and
 * states every number, unit, area and phrase given here.
 */
const renewalRuleSchema = z.strictObject({
  fact: z.string().regex(FACT_ID).default('renewal'),
  cycleYears: z.number().int().min(1).max(10),
  units: z.enum(RENEWAL_UNITS).optional(),
  unitsRequired: z.number().int().min(1).max(1000).optional(),
  areas: z.array(z.strictObject({ name: z.string().trim().min(2).max(60), min: unitCount.min(1).optional(), max: unitCount.optional() })).default([]),
  fee: phrase.optional(),
  feeFact: z.string().regex(FACT_ID).optional(),
  routes: z.array(phrase).default([]),
  conditions: z.array(phrase).default([]),
  note: z.string().trim().min(10).max(400).optional(),
});

export function certificationSchemaFor(today: string = isoDay(new Date())) {
  const fact = factSchema(today, { id: z.string().regex(FACT_ID), label: z.string().min(2) });
  return z
    .strictObject({
      name: z.string().min(3),
      short: z.string().min(2).max(24),
      body: z.enum(BODIES),
      kind: z.enum(['examined', 'assessed', 'training-certificate']),
      level: z.enum(LEVELS),
      summary: z.string().min(20).max(200),
      /** The issuer's own page for this credential: linked beside every fact it does not confirm. */
      issuer: issuerSchema,
      stages: z.array(z.enum(CAREER_STAGES)).min(1),
      goals: z.array(z.enum(GOALS)).min(1),
      methods: z.array(z.enum(DELIVERY_METHODS)).min(1),
      regions: z.array(z.enum(REGIONS)).min(1),
      sectors: z.array(z.enum(SECTORS)).default([]),
      prerequisites: z.strictObject({
        paths: z.array(pathSchema).min(1),
        /** A sentence added after the generated summary (rare: what the paths cannot say). */
        note: z.string().optional(),
        provenance: provenanceSchema(today),
      }),
      /** Holding any of these makes this credential redundant (e.g. PMP covers CAPM). */
      coveredBy: z.array(entryId).default([]),
      /** Facts in display order. `fee` and `renewal` are required; `eligibility` is generated from the prerequisites. */
      facts: z.array(fact).min(2),
      /** The confirmed renewal rule in fields, for the renewal tracker and the open data; absent where no issuer confirms it. */
      renewalRule: renewalRuleSchema.optional(),
      status: z.enum(['active', 'status-unverified']).default('active'),
      glossary: z.array(entryId).default([]),
      /** Advice that is not a stale-able fact (no fees, dates or rules here). */
      notes: z.string().optional(),
    })
    .superRefine((c, ctx) => {
      const ids = c.facts.map((f) => f.id);
      ids.forEach((id, i) => {
        if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: ['facts', i, 'id'], message: `"${id}" is used twice` });
        if (id === 'eligibility') {
          ctx.addIssue({ code: 'custom', path: ['facts', i, 'id'], message: '"eligibility" is generated from prerequisites.paths; do not write it as a fact' });
        }
      });
      for (const needed of ['fee', 'renewal']) {
        if (!ids.includes(needed))
          ctx.addIssue({ code: 'custom', path: ['facts'], message: `needs a "${needed}" fact (status "not-found" if no source gives it)` });
      }
      if (c.renewalRule) {
        for (const issue of renewalRuleIssues(c.renewalRule, c.facts, c.issuer.publisher)) {
          ctx.addIssue({ code: 'custom', path: ['renewalRule', ...issue.path], message: issue.message });
        }
      }
    });
}

export const certificationSchema = certificationSchemaFor();

export type Certification = z.infer<typeof certificationSchema>;
export type QualifyingPath = z.infer<typeof pathSchema>;
export type CertFactEntry = Certification['facts'][number];
export type CertRenewalRule = NonNullable<Certification['renewalRule']>;
