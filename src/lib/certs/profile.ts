/**
 * The reader's profile for the certification chooser, and its URL codec.
 * decodeProfile accepts ANY parameter string (fragment or old query string) (hostile, malformed, repeated keys,
 * huge numbers) and returns a valid profile, falling back to defaults field by
 * field. Pure: no DOM.
 */
import {
  CAREER_STAGES,
  DELIVERY_METHODS,
  EDUCATION_LEVELS,
  GOALS,
  REGIONS,
  SECTORS,
  type CareerStage,
  type DeliveryMethod,
  type EducationLevel,
  type Goal,
  type Region,
  type Sector,
} from './vocabulary.ts';

/**
 * A reader's answers. `stage`, `method` and `goal` are null until the reader
 * chooses one: an unanswered question is neutral and never described as the
 * reader's choice (the engine infers a stage from experience instead).
 */
export interface Profile {
  stage: CareerStage | null;
  education: EducationLevel;
  /** Months of professional work of any kind. */
  monthsWork: number;
  /** Months leading or directing projects. */
  monthsLeading: number;
  /** Months working on agile teams. */
  monthsAgile: number;
  /** Months managing programmes (PgMP counts these). */
  monthsProgramme: number;
  /** Months managing portfolios (PfMP counts these; programme months do not). */
  monthsPortfolio: number;
  /** Hours of project-management training completed. */
  trainingHours: number;
  /** Ids of credentials already held. */
  held: string[];
  method: DeliveryMethod | null;
  /** "global" means not said. */
  region: Region;
  /** "any" means not said. */
  sector: Sector;
  goal: Goal | null;
}

export const DEFAULT_PROFILE: Readonly<Profile> = Object.freeze({
  stage: null,
  education: 'secondary',
  monthsWork: 0,
  monthsLeading: 0,
  monthsAgile: 0,
  monthsProgramme: 0,
  monthsPortfolio: 0,
  trainingHours: 0,
  held: [],
  method: null,
  region: 'global',
  sector: 'any',
  goal: null,
});

export const MAX_MONTHS = 600;
export const MAX_HOURS = 1000;

/** Query-string keys, kept short so shared links stay readable. */
const KEYS = {
  stage: 'stage',
  education: 'edu',
  monthsWork: 'work',
  monthsLeading: 'lead',
  monthsAgile: 'agile',
  monthsProgramme: 'prog',
  monthsPortfolio: 'port',
  trainingHours: 'hours',
  held: 'held',
  method: 'method',
  region: 'region',
  sector: 'sector',
  goal: 'goal',
} as const satisfies Record<keyof Profile, string>;

/** Every parameter name a chooser link may carry. */
export const PROFILE_KEYS: readonly string[] = Object.values(KEYS);

function pick<T extends string, F extends T | null>(value: string | null, allowed: readonly T[], fallback: F): T | F {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** Whole number in [0, max] from user text; anything else gives the fallback. */
export function parseCount(value: string | null, max: number, fallback = 0): number {
  if (value === null || !/^\s*\d{1,7}\s*$/.test(value)) return fallback;
  return Math.min(max, Number(value.trim()));
}

export function decodeProfile(search: string, knownCredentials: readonly string[]): Profile {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(typeof search === 'string' ? search.slice(0, 4000) : '');
  } catch {
    return { ...DEFAULT_PROFILE, held: [] };
  }
  const get = (key: string) => params.get(key);
  const held = [
    ...new Set(
      params
        .getAll(KEYS.held)
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter((v) => knownCredentials.includes(v)),
    ),
  ].slice(0, knownCredentials.length);
  return {
    stage: pick(get(KEYS.stage), CAREER_STAGES, DEFAULT_PROFILE.stage),
    education: pick(get(KEYS.education), EDUCATION_LEVELS, DEFAULT_PROFILE.education),
    monthsWork: parseCount(get(KEYS.monthsWork), MAX_MONTHS),
    monthsLeading: parseCount(get(KEYS.monthsLeading), MAX_MONTHS),
    monthsAgile: parseCount(get(KEYS.monthsAgile), MAX_MONTHS),
    monthsProgramme: parseCount(get(KEYS.monthsProgramme), MAX_MONTHS),
    monthsPortfolio: parseCount(get(KEYS.monthsPortfolio), MAX_MONTHS),
    trainingHours: parseCount(get(KEYS.trainingHours), MAX_HOURS),
    held,
    method: pick(get(KEYS.method), DELIVERY_METHODS, DEFAULT_PROFILE.method),
    region: pick(get(KEYS.region), REGIONS, DEFAULT_PROFILE.region),
    sector: pick(get(KEYS.sector), SECTORS, DEFAULT_PROFILE.sector),
    goal: pick(get(KEYS.goal), GOALS, DEFAULT_PROFILE.goal),
  };
}

/** Parameters for a profile, without default values, as "?a=1&b=2" ("" for the default profile); the chooser puts them in the fragment (src/lib/fragment.ts). */
export function encodeProfile(profile: Profile): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(KEYS) as Array<keyof Profile>) {
    const value = profile[key];
    const fallback = DEFAULT_PROFILE[key];
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(KEYS[key], [...value].sort().join(','));
    } else if (value !== null && value !== fallback) {
      params.set(KEYS[key], String(value));
    }
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** True when every field of a value is a valid profile field (used by tests). */
export function isValidProfile(p: Profile, knownCredentials: readonly string[]): boolean {
  const count = (n: number, max: number) => Number.isInteger(n) && n >= 0 && n <= max;
  return (
    (p.stage === null || CAREER_STAGES.includes(p.stage)) &&
    EDUCATION_LEVELS.includes(p.education) &&
    (p.method === null || DELIVERY_METHODS.includes(p.method)) &&
    REGIONS.includes(p.region) &&
    SECTORS.includes(p.sector) &&
    (p.goal === null || GOALS.includes(p.goal)) &&
    [p.monthsWork, p.monthsLeading, p.monthsAgile, p.monthsProgramme, p.monthsPortfolio].every((n) => count(n, MAX_MONTHS)) &&
    count(p.trainingHours, MAX_HOURS) &&
    p.held.every((h) => knownCredentials.includes(h)) &&
    new Set(p.held).size === p.held.length
  );
}
