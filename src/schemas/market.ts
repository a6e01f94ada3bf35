/**
 * Zod schema of one market or pay figure (src/content/market/<id>.yaml):
 * what it measures, where, its value and its provenance. Chapters, the FAQ
 * and role pages render these through <MarketFigure>, never as prose.
 */
import { z } from 'astro/zod';
import { isoDay } from '../lib/facts/provenance.ts';
import { factSchema, issuerSchema } from './fact.ts';

export function marketFigureSchemaFor(today: string = isoDay(new Date())) {
  return factSchema(today, {
    /** What is measured, for lists and the facts report: "Median pay, US project management specialists". */
    label: z.string().trim().min(5),
    /** Where and for whom the figure holds, e.g. "United States; SOC 13-1082". */
    scope: z.string().trim().min(3),
    /** The statistics body or issuer's own page, linked beside a figure it does not confirm. */
    issuer: issuerSchema,
    /** A figure kept only as history: what replaced it (another figure id) or why it is kept. */
    history: z
      .strictObject({ supersededBy: z.string().regex(/^[a-z0-9-]+$/).optional(), why: z.string().trim().min(10) })
      .optional(),
  });
}

export const marketFigureSchema = marketFigureSchemaFor();
export type MarketFigure = z.infer<typeof marketFigureSchema>;
