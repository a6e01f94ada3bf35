/**
 * Zod schemas for sourced facts (see src/lib/facts/provenance.ts for the
 * rules). `today` is the build date: a fact checked "in the future" fails.
 */
import { z } from 'astro/zod';
import { FACT_STATUSES, SOURCE_KINDS, isoDay, issuerIssues, provenanceIssues, type Fact } from '../lib/facts/provenance.ts';

/** YAML loaders may turn an unquoted 2026-11-25 into a Date: accept both and keep the YYYY-MM-DD text. */
const asDay = (v: unknown) => (v instanceof Date && !Number.isNaN(v.getTime()) ? isoDay(v) : v);
export const isoDate = z.preprocess(
  asDay,
  z.iso.date({ error: (issue) => (issue.input === undefined ? 'is required (a date, YYYY-MM-DD)' : 'must be a date written YYYY-MM-DD') }),
);

export const sourceSchema = z.strictObject({
  url: z.url(),
  publisher: z.string().trim().min(2),
  kind: z.enum(SOURCE_KINDS),
  date: z.preprocess(asDay, z.string()),
  reason: z.string().trim().optional(),
});

export const issuerSchema = z.strictObject({ url: z.url(), publisher: z.string().trim().min(2) }).superRefine((issuer, ctx) => {
  for (const issue of issuerIssues(issuer)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});

const provenanceShape = {
  status: z.enum(FACT_STATUSES),
  source: sourceSchema.nullable(),
  checked: isoDate,
  reviewBy: isoDate,
};

/** A fact with a value and its provenance (plus any `extra` fields, e.g. an id and label). */
export function factSchema<E extends z.ZodRawShape = Record<never, never>>(today: string = isoDay(new Date()), extra: E = {} as E) {
  return z
    .strictObject({
      ...extra,
      value: z.string().trim().min(1).nullable(),
      ...provenanceShape,
      /** Extra words shown after the value, e.g. what "not found" covered. */
      note: z.string().trim().optional(),
    })
    .superRefine((fact, ctx) => {
      for (const issue of provenanceIssues(fact as unknown as Fact, today)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    });
}

/** Provenance without a value, for facts whose value is structured elsewhere (e.g. prerequisite paths). */
export function provenanceSchema(today: string = isoDay(new Date())) {
  return z.strictObject({ ...provenanceShape, note: z.string().trim().optional() }).superRefine((p, ctx) => {
    const value = p.status === 'not-found' ? null : 'structured';
    for (const issue of provenanceIssues({ ...p, value }, today)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });
}

export { formatIssues } from '../lib/issues.ts';
