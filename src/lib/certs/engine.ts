/**
 * Certification chooser engine: eligibility of each credential for a profile,
 * and a ranked list of picks with plain-language reasons that cite the facts
 * used. Pure: data in, data out; no DOM, no Astro.
 */
import type { Profile } from './profile.ts';
import { EDUCATION_PHRASES, listAnd, listOr, requirementPhrase, type DescribablePath, type Waivable } from './describe.ts';
import {
  EDUCATION_LEVELS,
  GOAL_LABELS,
  METHOD_LABELS,
  REGION_LABELS,
  SECTOR_LABELS,
  STAGE_LABELS,
  CAREER_STAGES,
  type CareerStage,
  type DeliveryMethod,
  type EducationLevel,
  type Goal,
  type Region,
  type Sector,
} from './vocabulary.ts';

export type PathInput = DescribablePath;

/** What the engine needs to know about a credential (a subset of the collection entry). */
export interface CertInput {
  id: string;
  short: string;
  name: string;
  kind: 'examined' | 'assessed' | 'training-certificate';
  stages: CareerStage[];
  goals: Goal[];
  methods: DeliveryMethod[];
  regions: Region[];
  sectors: Sector[];
  /** "confirmed" when the rule comes from the issuer's own page, "reported" when only from secondary sources. */
  prerequisites: { paths: PathInput[]; status: 'confirmed' | 'reported' | 'not-found' };
  coveredBy: string[];
  status: 'active' | 'status-unverified';
}

export type Verdict =
  | { kind: 'held' }
  | { kind: 'covered'; by: string }
  | { kind: 'eligible'; path: string; via: string[] }
  | { kind: 'soon'; path: string; months: number; hours: number; course?: string | undefined; via: string[] }
  | { kind: 'needs-credential'; path: string; oneOf: string[]; months: number; via: string[] }
  | { kind: 'check'; path: string; unknown: string }
  | { kind: 'not-aimed'; why: string };

export interface Eligibility {
  verdict: Verdict;
  /** Plain-language sentences citing the requirement and the reader's figures. */
  facts: string[];
}

/** Beyond this many months to go, a credential is "not aimed at this profile" yet. */
export const FAR_OFF_MONTHS = 48;

const eduRank = (e: EducationLevel) => EDUCATION_LEVELS.indexOf(e);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

interface PathResult {
  path: PathInput;
  order: number; // lower is better
  verdict: Verdict;
  facts: string[];
}

const EXPERIENCE: ReadonlyArray<Exclude<Waivable, 'trainingHours'>> = ['monthsWork', 'monthsLeading', 'monthsAgile', 'monthsProgramme', 'monthsPortfolio'];

function evaluatePath(path: PathInput, p: Profile, nameOf: (id: string) => string): PathResult {
  const held = new Set(p.held);
  const facts: string[] = [];
  /** Credentials the reader holds that count in place of a requirement on this path. */
  const via: string[] = [];
  const waiverFor = (key: Waivable) => path.waivedBy[key]?.find((id) => held.has(id));
  if (eduRank(p.education) < eduRank(path.minEducation)) {
    const needed = EDUCATION_PHRASES[path.minEducation];
    return {
      path,
      order: 5,
      verdict: { kind: 'not-aimed', why: `this route needs ${needed}` },
      facts: [`The "${path.label}" route needs ${needed}.`],
    };
  }
  let months = 0;
  for (const key of EXPERIENCE) {
    const need = path[key];
    if (!need) continue;
    const phrase = requirementPhrase(path, key)!;
    const waiver = waiverFor(key);
    if (waiver) {
      via.push(waiver);
      facts.push(`Your ${nameOf(waiver)} counts in place of ${phrase}.`);
      continue;
    }
    const have = p[key];
    facts.push(`Needs ${phrase}; you have ${plural(have, 'month')}.`);
    months = Math.max(months, need - have);
  }

  let hours = 0;
  if (path.trainingHours) {
    const phrase = requirementPhrase(path, 'trainingHours')!;
    const waiver = waiverFor('trainingHours');
    if (waiver) {
      via.push(waiver);
      facts.push(`Your ${nameOf(waiver)} counts in place of ${phrase}.`);
    } else {
      facts.push(`Needs ${phrase}; you have ${plural(p.trainingHours, 'hour')}.`);
      hours = Math.max(0, path.trainingHours - p.trainingHours);
    }
  }
  if (path.requiredCourse) facts.push(`Requires ${path.requiredCourse}.`);

  if (path.requiresOneOf.length > 0) {
    const holding = path.requiresOneOf.find((id) => held.has(id));
    if (holding) {
      via.push(holding);
      facts.push(`Your ${nameOf(holding)} meets the requirement to hold another credential first.`);
    } else {
      const names = path.requiresOneOf.map(nameOf);
      facts.push(names.length === 1 ? `Requires the ${names[0]} first.` : `Requires one of the ${listOr(names)} first.`);
      return { path, order: 3 + months / 1000, verdict: { kind: 'needs-credential', path: path.label, oneOf: path.requiresOneOf, months, via }, facts };
    }
  }
  if (path.otherExperience || path.gacDegree) {
    const unknown = path.otherExperience ?? 'a degree from a GAC-accredited programme';
    facts.push(`Also needs ${unknown}, which this chooser does not ask about.`);
    return { path, order: 4 + months / 1000, verdict: { kind: 'check', path: path.label, unknown }, facts };
  }
  if (months === 0 && hours === 0 && !path.requiredCourse) {
    if (facts.length === 0) facts.push('No formal prerequisites.');
    return { path, order: 0, verdict: { kind: 'eligible', path: path.label, via }, facts };
  }
  if (months > FAR_OFF_MONTHS) {
    return {
      path,
      order: 4.5,
      verdict: { kind: 'not-aimed', why: `about ${plural(months, 'month')} of experience still to gain` },
      facts,
    };
  }
  return {
    path,
    order: 1 + months / 100 + hours / 100000,
    verdict: { kind: 'soon', path: path.label, months, hours, course: path.requiredCourse, via },
    facts,
  };
}

/** Eligibility of one credential for a profile, using the reader's best qualifying route. */
export function evaluateEligibility(cert: CertInput, profile: Profile, nameOf: (id: string) => string = (id) => id): Eligibility {
  if (profile.held.includes(cert.id)) return { verdict: { kind: 'held' }, facts: [`You already hold ${cert.short}.`] };
  const coveredBy = cert.coveredBy.find((id) => profile.held.includes(id));
  if (coveredBy) {
    return {
      verdict: { kind: 'covered', by: coveredBy },
      facts: [`You hold ${nameOf(coveredBy)}, which already covers what ${cert.short} shows.`],
    };
  }
  const results = cert.prerequisites.paths.map((path) => evaluatePath(path, profile, nameOf));
  const best = results.reduce((a, b) => (b.order < a.order ? b : a));
  return { verdict: best.verdict, facts: best.facts };
}

/** One sentence for a verdict, e.g. "Eligible in about 6 months". */
export function verdictText(v: Verdict, nameOf: (id: string) => string = (id) => id): string {
  switch (v.kind) {
    case 'held':
      return 'You hold this already';
    case 'covered':
      return `Not needed: your ${nameOf(v.by)} covers it`;
    case 'eligible':
      return v.via.length ? `Eligible now, because you hold the ${listAnd(v.via.map(nameOf))}` : 'Eligible now';
    case 'soon': {
      const parts: string[] = [];
      if (v.months > 0) parts.push(`about ${plural(v.months, 'more month')} of experience`);
      if (v.hours > 0) parts.push(`${plural(v.hours, 'more hour')} of training`);
      if (v.course) parts.push('the required course');
      const after = `Eligible after ${listAnd(parts)}`;
      return v.via.length ? `${after} (your ${listAnd(v.via.map(nameOf))} already counts towards it)` : after;
    }
    case 'needs-credential':
      return `Needs ${v.oneOf.map(nameOf).join(' or ')} first`;
    case 'check':
      return 'Check with the issuer: depends on experience we do not ask about';
    case 'not-aimed':
      return `Not aimed at your profile yet (${v.why})`;
  }
}

export interface Pick {
  cert: CertInput;
  score: number;
  eligibility: Eligibility;
  verdict: string;
  reasons: string[];
  next: string;
}

const stageDistance = (a: CareerStage, b: CareerStage) => Math.abs(CAREER_STAGES.indexOf(a) - CAREER_STAGES.indexOf(b));

function nextStep(cert: CertInput, v: Verdict, nameOf: (id: string) => string): string {
  switch (v.kind) {
    case 'eligible':
      return cert.kind === 'training-certificate'
        ? 'Enrol when it suits you; check the current price on the provider’s site.'
        : 'Read the current handbook and fee on the issuer’s site, then apply.';
    case 'soon': {
      const steps: string[] = [];
      if (v.months > 0) steps.push(`keep logging experience for about ${plural(v.months, 'month')}`);
      if (v.hours > 0) steps.push(`complete ${plural(v.hours, 'more hour')} of project-management training`);
      if (v.course) steps.push(`take the required course (${v.course})`);
      return `${steps.join(', then ')}.`.replace(/^./, (c) => c.toUpperCase());
    }
    case 'needs-credential':
      return `Earn ${v.oneOf.map(nameOf).join(' or ')} first.`;
    case 'check':
      return `Check with the issuer whether you have ${v.unknown}.`;
    default:
      return '';
  }
}

/**
 * Every credential scored for the profile. Held, covered and far-off
 * credentials score lowest and are never picks.
 */
export function rankCertifications(certs: CertInput[], profile: Profile): Pick[] {
  const byId = new Map(certs.map((c) => [c.id, c]));
  const nameOf = (id: string) => byId.get(id)?.short ?? id;
  const picks = certs.map((cert): Pick => {
    const eligibility = evaluateEligibility(cert, profile, nameOf);
    const v = eligibility.verdict;
    const reasons: string[] = [];
    let score = 0;

    if (cert.stages.includes(profile.stage)) {
      score += 30;
      reasons.push(`Aimed at your stage: ${STAGE_LABELS[profile.stage].toLowerCase()}.`);
    } else if (cert.stages.some((s) => stageDistance(s, profile.stage) === 1)) {
      score += 10;
    } else {
      score -= 10;
    }
    if (cert.goals.includes(profile.goal)) {
      score += 30;
      reasons.push(`Matches your goal: ${GOAL_LABELS[profile.goal].toLowerCase()}.`);
    }
    if (cert.methods.includes(profile.method)) {
      score += 15;
      reasons.push(`Fits ${METHOD_LABELS[profile.method].toLowerCase()} delivery, which your employer uses.`);
    } else if (profile.method === 'hybrid' && cert.methods.some((m) => m === 'predictive' || m === 'agile')) {
      score += 6;
    }
    if (profile.region !== 'global' && cert.regions.includes(profile.region)) {
      score += 15;
      reasons.push(`Widely recognised in ${REGION_LABELS[profile.region]}.`);
    } else if (cert.regions.includes('global')) {
      score += 5;
    }
    if (profile.sector !== 'any' && cert.sectors.includes(profile.sector)) {
      score += 12;
      reasons.push(`Valued in ${SECTOR_LABELS[profile.sector].toLowerCase()}.`);
      // Region and sector together are the strongest market signal (e.g. PRINCE2 in UK public sector).
      if (profile.region !== 'global' && cert.regions.includes(profile.region)) score += 15;
    }

    switch (v.kind) {
      case 'eligible':
        score += 20;
        break;
      case 'soon':
        score += Math.max(-20, 12 - v.months / 2 - v.hours / 20);
        break;
      case 'needs-credential': {
        // A prerequisite you could take now (e.g. PRINCE2 Foundation before Practitioner) is a small step.
        const stepNow = v.oneOf.some((id) => {
          const pre = byId.get(id);
          return pre !== undefined && evaluateEligibility(pre, profile, nameOf).verdict.kind === 'eligible';
        });
        score -= (stepNow ? 2 : 12) + v.months / 2;
        break;
      }
      case 'check':
        score -= 6;
        break;
      default:
        score -= 1000;
    }
    if (cert.status === 'status-unverified') {
      score -= 15;
      reasons.push('Its current status could not be confirmed: check with the issuer.');
    }
    if (cert.kind === 'training-certificate') {
      score -= profile.goal === 'first-credential' ? 0 : 10;
      reasons.push('A training certificate, not an examined professional credential.');
    }
    if (cert.prerequisites.status !== 'confirmed') score -= 2;

    return { cert, score, eligibility, verdict: verdictText(v, nameOf), reasons, next: nextStep(cert, v, nameOf) };
  });
  return picks.sort((a, b) => b.score - a.score || a.cert.short.localeCompare(b.cert.short));
}

/** The top picks: credentials worth acting on now or soon. */
export function topPicks(certs: CertInput[], profile: Profile, count = 5): Pick[] {
  return rankCertifications(certs, profile)
    .filter((p) => !['held', 'covered', 'not-aimed'].includes(p.eligibility.verdict.kind))
    .slice(0, count);
}
