/**
 * Zod schema of a sourced fact that is neither a credential's nor a market
 * figure (src/content/facts/<id>.yaml): what a law, a public framework or an
 * apprenticeship standard says, with the same provenance rules as every
 * other fact. Chapters render it with <SourcedFact id="…" />.
 */
import { isoDay } from '../lib/facts/provenance.ts';
import { z } from 'astro/zod';
import { factSchema, issuerSchema } from './fact.ts';

export function sourcedFactSchemaFor(today: string = isoDay(new Date())) {
  return factSchema(today, {
    /** What the fact is about, for the source note and the facts page: "EU AI Act: when it applies". */
    label: z.string().trim().min(5),
    /** The body that can confirm it: the legislator, the regulator or the standard's owner. */
    issuer: issuerSchema,
  });
}

export const sourcedFactSchema = sourcedFactSchemaFor();
