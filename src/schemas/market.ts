/**
 * Zod schema of one market or pay figure (src/content/market/<id>.yaml):
 * exactly what it measures (occupation and classification, country,
 * reference period, basis), its value and its provenance. Chapters, the FAQ
 * and role pages render these through <MarketFigure>, never as prose, and
 * always with `inWords`, which must name the period, the country and the
 * occupation code, so no figure is shown without what it measures.
 */
import { z } from 'astro/zod';
import { isoDay } from '../lib/facts/provenance.ts';
import { factSchema, issuerSchema } from './fact.ts';

export const COUNTRIES = {
  US: /\bUS\b|United States/,
  UK: /\bUK\b|United Kingdom/,
  Canada: /Canad/,
  Australia: /Australia/,
  EU: /\bEU\b|European Union/,
  Worldwide: /worldwide|global|\bworld\b/i,
} as const;

export const CLASSIFICATIONS = ['SOC 2018', 'O*NET-SOC 2019', 'UK SOC 2020', 'NOC 2021', 'ANZSCO'] as const;

const occupationSchema = z.strictObject({
  classification: z.enum(CLASSIFICATIONS),
  code: z.string().trim().min(2),
  title: z.string().trim().min(3),
});

export function marketFigureSchemaFor(today: string = isoDay(new Date())) {
  return factSchema(today, {
    /** What is measured, for the facts page and the source note: "Median pay, US project management specialists". */
    label: z.string().trim().min(5),
    country: z.enum(Object.keys(COUNTRIES) as [keyof typeof COUNTRIES, ...Array<keyof typeof COUNTRIES>]),
    /** The occupation a figure covers, in its statistics body's classification; null for figures about no single occupation. */
    occupation: occupationSchema.nullable(),
    /** The reference period as the statistics body states it: "May 2021", "2024–34", "April 2024". Null only when no figure was found. */
    period: z.string().trim().min(4).nullable(),
    /** The measure: "median annual wage, all wage and salary workers, before tax". */
    basis: z.string().trim().min(5).nullable(),
    /** One statistic, one record: records of one series share this key, and only one of them may be current. */
    series: z.string().regex(/^[a-z0-9-]+$/),
    /** What the figure measures, in words a reader understands, shown beside the value. */
    inWords: z.string().trim().min(10),
    /** The statistics body or issuer's own page, linked beside a figure it does not confirm. */
    issuer: issuerSchema,
    /** A figure kept only as history: what replaced it (another figure id) or why it is kept. */
    history: z
      .strictObject({
        supersededBy: z
          .string()
          .regex(/^[a-z0-9-]+$/)
          .optional(),
        why: z.string().trim().min(10),
      })
      .optional(),
  }).superRefine((f, ctx) => {
    const words = f.inWords;
    if (f.period && !words.includes(f.period)) {
      ctx.addIssue({ code: 'custom', path: ['inWords'], message: `must name the reference period "${f.period}": a figure is never shown without it` });
    }
    if (!COUNTRIES[f.country].test(words)) {
      ctx.addIssue({ code: 'custom', path: ['inWords'], message: `must name the country (${f.country}): a figure is never shown without it` });
    }
    if (f.occupation && !`${words} ${f.value ?? ''}`.includes(f.occupation.code)) {
      ctx.addIssue({
        code: 'custom',
        path: ['inWords'],
        message: `must name the occupation code ${f.occupation.code} (${f.occupation.classification}), here or in the value`,
      });
    }
    if (f.status !== 'not-found' && (!f.period || !f.basis)) {
      ctx.addIssue({ code: 'custom', path: [f.period ? 'basis' : 'period'], message: 'is required for a figure that has a value' });
    }
  });
}

export const marketFigureSchema = marketFigureSchemaFor();
export type MarketFigure = z.infer<typeof marketFigureSchema>;

/** The record's measure in words for a source note: classification, code and title; country; period; basis. */
export function describeMeasure(f: Pick<MarketFigure, 'occupation' | 'country' | 'period' | 'basis'>): string {
  const parts = [f.occupation ? `${f.occupation.classification} ${f.occupation.code}, ${f.occupation.title}` : null, f.country, f.period, f.basis].filter(
    Boolean,
  );
  return parts.join('; ');
}
