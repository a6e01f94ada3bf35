/**
 * Zod schemas of a rung's profile (src/lib/ladder/profile.ts): the guide's,
 * in a role's YAML file (field "profile"), and an organisation's own fields
 * for one of its grades (grades.yaml, field "grades[i].profile"). Every
 * message names the field; the loaders add the file.
 */
import { z } from 'astro/zod';
import { BUDGET_BASES, CURRENCIES, TEAM_BASES, isRoundAmount } from '../lib/ladder/profile.ts';
import { isoDay } from '../lib/facts/provenance.ts';
import { isoDate } from './fact.ts';
import { entryId } from './glossary.ts';

const text = (min: number, max: number) => z.string().trim().min(min).max(max);
/** A sentence of the data's own: a capital first, a full stop last. */
const sentence = (max: number) =>
  text(10, max).regex(/^[A-Z0-9£$€].*[.!?]$/s, 'must be written as whole sentences: a capital letter first and a full stop at the end');
/** A phrase that follows a number or "led through" inside a sentence: no capital needed, no full stop. */
const phrase = (max: number) => text(3, max).regex(/[^.;]$/, 'is a phrase inside a sentence: no full stop or semicolon at the end');

function range(what: string, check?: (n: number) => string | null) {
  return z.strictObject({ min: z.number().positive(), max: z.number().positive() }).superRefine((r, ctx) => {
    if (r.max <= r.min) ctx.addIssue({ code: 'custom', path: ['max'], message: `(${r.max}) must be larger than "min" (${r.min}): a ${what} is a range` });
    for (const key of ['min', 'max'] as const) {
      const problem = check?.(r[key]);
      if (problem) ctx.addIssue({ code: 'custom', path: [key], message: problem });
    }
  });
}

const money = range('budget', (n) =>
  isRoundAmount(n) ? null : `(${n}) must be a round figure: whole thousands below a million, and steps of 10,000 from a million up`,
);

const currencies = { gbp: money.optional(), usd: money.optional(), eur: money.optional() };

const durationSchema = z.union(
  [
    z.strictObject({ minMonths: z.number().int().positive(), maxMonths: z.number().int().positive(), note: sentence(200).optional() }).superRefine((d, ctx) => {
      if (d.maxMonths <= d.minMonths)
        ctx.addIssue({ code: 'custom', path: ['maxMonths'], message: `(${d.maxMonths}) must be larger than "minMonths" (${d.minMonths})` });
    }),
    z.strictObject({ continuous: z.literal(true), note: sentence(200).optional() }),
  ],
  { error: 'must give "minMonths" and "maxMonths", or "continuous: true" for work with no end date' },
);

const parallelShape = { min: z.number().int().positive(), max: z.number().int().positive(), note: sentence(200).optional() };
const stakeholders = z
  .array(phrase(80).regex(/^[^;]*$/, 'must not contain a semicolon (the open data separates list items with one)'))
  .min(2)
  .max(10);
const decides = sentence(420);

const budgetShape = { ...currencies, note: sentence(200).optional() };
/** The guide's own budget gives pounds and dollars. */
const guideBudget = z.strictObject({ basis: z.enum(BUDGET_BASES), ...budgetShape }).superRefine((b, ctx) => {
  for (const c of ['gbp', 'usd'] as const)
    if (!b[c]) ctx.addIssue({ code: 'custom', path: [c], message: 'is required: the guide gives every budget in pounds and in dollars' });
});
/** An organisation's budget: any one currency or more, its kind the guide's unless it names its own. */
const ownBudget = z.strictObject({ basis: z.enum(BUDGET_BASES).optional(), ...budgetShape }).superRefine((b, ctx) => {
  if (!CURRENCIES.some((c) => b[c])) ctx.addIssue({ code: 'custom', path: [], message: 'needs a range in at least one currency: gbp, usd or eur' });
});

const teamShape = { min: z.number().int().positive(), max: z.number().int().positive(), through: phrase(80).optional(), note: sentence(200).optional() };
function checkTeam(t: { basis?: string | undefined; min: number; max: number; through?: string | undefined }, ctx: z.RefinementCtx) {
  if (t.max <= t.min) ctx.addIssue({ code: 'custom', path: ['max'], message: `(${t.max}) must be larger than "min" (${t.min}): a team size is a range` });
  if (t.through && t.basis && t.basis !== 'leads')
    ctx.addIssue({ code: 'custom', path: ['through'], message: 'only a team the role leads ("basis: leads") is led through others' });
}
const guideTeam = z.strictObject({ basis: z.enum(TEAM_BASES), ...teamShape }).superRefine(checkTeam);
const ownTeam = z.strictObject({ basis: z.enum(TEAM_BASES).optional(), ...teamShape }).superRefine(checkTeam);

function checkParallel(p: { min: number; max: number }, ctx: z.RefinementCtx) {
  if (p.max <= p.min) ctx.addIssue({ code: 'custom', path: ['max'], message: `(${p.max}) must be larger than "min" (${p.min}): work in parallel is a range` });
}
const guideParallel = z.strictObject({ ...parallelShape, of: phrase(80) }).superRefine(checkParallel);
const ownParallel = z.strictObject({ ...parallelShape, of: phrase(80).optional() }).superRefine(checkParallel);

/** The guide's profile of a role, with the frameworks that place it and the day the editors last reviewed it. */
export function rungProfileSchema(today: string = isoDay(new Date())) {
  return z
    .strictObject({
      budget: guideBudget,
      team: guideTeam,
      duration: durationSchema,
      parallel: guideParallel,
      decides,
      stakeholders,
      /** Frameworks that place comparable work: a sourced fact in src/content/facts/ and what it says of this role. */
      anchors: z
        .array(
          z.strictObject({
            fact: entryId,
            says: text(5, 140)
              .regex(/^[A-Z]/, 'starts with a capital: it opens its item in the list of frameworks')
              .regex(/[^.]$/, 'has no full stop at the end'),
          }),
        )
        .min(1)
        .max(5),
      /** The figures are the editors' estimates: no official body publishes them. */
      basis: z.literal('editorial-estimate', { error: 'must be "editorial-estimate": no official body publishes budgets, teams or durations by rung' }),
      checked: isoDate,
      reviewBy: isoDate,
    })
    .superRefine((p, ctx) => {
      if (p.checked > today)
        ctx.addIssue({
          code: 'custom',
          path: ['checked'],
          message: `(${p.checked}) is after the build date ${today}: "checked" is the day the editors last reviewed the figures`,
        });
      if (p.reviewBy < p.checked) ctx.addIssue({ code: 'custom', path: ['reviewBy'], message: `(${p.reviewBy}) is before "checked" (${p.checked})` });
      const seen = new Set<string>();
      p.anchors.forEach((a, i) => {
        if (seen.has(a.fact)) ctx.addIssue({ code: 'custom', path: ['anchors', i, 'fact'], message: `"${a.fact}" is listed twice` });
        seen.add(a.fact);
      });
    });
}

/** An organisation's own fields for one grade: any of them, each replacing the guide's. */
export const profileOverrideSchema = z
  .strictObject({
    budget: ownBudget.optional(),
    team: ownTeam.optional(),
    duration: durationSchema.optional(),
    parallel: ownParallel.optional(),
    decides: decides.optional(),
    stakeholders: stakeholders.optional(),
  })
  .refine((o) => Object.values(o).some((v) => v !== undefined), 'must give at least one field: budget, team, duration, parallel, decides or stakeholders');
