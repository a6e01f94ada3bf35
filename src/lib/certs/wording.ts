/**
 * Phrases the chooser writes about a reader and a credential. Each case has
 * its own words: vocabulary labels (which start with capitals and carry
 * brackets for the form) are never lower-cased or nested into sentences, and
 * names such as PMI, SAFe, ITIL and PRINCE2 keep their capitals. Pure.
 */
import type { CareerStage, DeliveryMethod, Goal, Region, Sector } from './vocabulary.ts';

/** "…aimed at {phrase}" */
export const STAGE_PHRASES: Record<CareerStage, string> = {
  newcomer: 'people new to projects',
  coordinator: 'project coordinators and team members',
  'project-manager': 'project managers',
  'senior-pm': 'senior project managers',
  programme: 'programme managers',
  portfolio: 'portfolio and PMO leaders',
};

/** "…fits your goal to {phrase}" */
export const GOAL_PHRASES: Record<Goal, string> = {
  'first-credential': 'get a first credential and a shared vocabulary',
  'lead-projects': 'show you can lead projects',
  'agile-delivery': 'work in or lead agile teams',
  'programme-portfolio': 'move into programme or portfolio management',
  'pmo-governance': 'work in a PMO or on governance',
  specialise: 'specialise in risk or scheduling',
  'service-management': 'work closely with IT operations',
};

/** "…suits {phrase}" */
export const METHOD_PHRASES: Record<DeliveryMethod, string> = {
  predictive: 'plan-driven, predictive delivery',
  agile: 'agile delivery with Scrum or Kanban',
  hybrid: 'hybrid delivery, with agile teams inside stage gates',
  'scaled-agile': 'scaled agile delivery with SAFe',
  'service-management': 'IT service management in the style of ITIL',
};

/** "…well known in {phrase}" */
export const REGION_PHRASES: Record<Region, string> = {
  global: 'most countries',
  'north-america': 'North America',
  uk: 'the United Kingdom',
  europe: 'continental Europe',
  'australia-nz': 'Australia and New Zealand',
  'middle-east': 'the Middle East',
  india: 'India',
  asia: 'Asia',
  africa: 'Africa',
};

/** "…valued in {phrase}" */
export const SECTOR_PHRASES: Record<Sector, string> = {
  any: 'most sectors',
  'public-sector': 'the public sector',
  'it-services': 'IT services and consulting',
  software: 'software and product companies',
  finance: 'banking, insurance and finance',
  healthcare: 'healthcare',
  engineering: 'engineering, construction and energy',
  defence: 'defence and aerospace',
};

/** What each kind of experience is called in a next step: "log 10 more months {phrase}". */
export const EXPERIENCE_PHRASES = {
  monthsWork: 'of professional work',
  monthsLeading: 'leading projects',
  monthsAgile: 'of agile project experience',
  monthsProgramme: 'managing programmes',
  monthsPortfolio: 'managing portfolios',
} as const;

export type ExperienceKey = keyof typeof EXPERIENCE_PHRASES;

export const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A wait in words: "6 months", "18 months", "about 2 years" reads "2 years" after "about". */
export function duration(months: number): string {
  if (months < 24) return count(months, 'month');
  const years = Math.round(months / 6) / 2;
  const whole = Math.floor(years);
  return years === whole ? count(whole, 'year') : `${whole} and a half years`;
}
