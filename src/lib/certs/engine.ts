/**
 * Certification chooser engine: eligibility of each credential for a profile,
 * a ranking whose every step can be explained, and an answer for every
 * credential (including why it is not among the picks). Pure: data in, data
 * out; no DOM, no Astro. Sentences come from per-case phrases (wording.ts),
 * never from lower-cased labels.
 */
import type { Profile } from './profile.ts';
import { EDUCATION_PHRASES, listAnd, listOr, requirementPhrase, type DescribablePath, type Waivable } from './describe.ts';
import { CAREER_STAGES, EDUCATION_LEVELS, type CareerStage, type DeliveryMethod, type EducationLevel, type Goal, type Region, type Sector } from './vocabulary.ts';
import { count, EXPERIENCE_PHRASES, GOAL_PHRASES, METHOD_PHRASES, REGION_PHRASES, SECTOR_PHRASES, STAGE_PHRASES, type ExperienceKey } from './wording.ts';

export type PathInput = DescribablePath;

/** What the engine needs to know about a credential (a subset of the collection entry). */
export interface CertInput {
  id: string;
  short: string;
  name: string;
  /** The awarding body as readers know it, e.g. "PMI", "PeopleCert". */
  issuer?: string | undefined;
  kind: 'examined' | 'assessed' | 'training-certificate';
  level?: 'entry' | 'mid' | 'senior' | 'executive' | 'specialist' | undefined;
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
  | {
      kind: 'soon';
      path: string;
      months: number;
      /** The experience with the largest gap, for the next step's wording. */
      monthsFor?: ExperienceKey | undefined;
      hours: number;
      trainingTopic?: string | undefined;
      course?: string | undefined;
      via: string[];
    }
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
const stageIndex = (s: CareerStage) => CAREER_STAGES.indexOf(s);

interface PathResult {
  order: number; // lower is better
  verdict: Verdict;
  facts: string[];
}

const EXPERIENCE: readonly ExperienceKey[] = ['monthsWork', 'monthsLeading', 'monthsAgile', 'monthsProgramme', 'monthsPortfolio'];

function evaluatePath(path: PathInput, p: Profile, nameOf: (id: string) => string): PathResult {
  const held = new Set(p.held);
  const facts: string[] = [];
  /** Credentials the reader holds that count in place of a requirement on this path. */
  const via: string[] = [];
  const waiverFor = (key: Waivable) => path.waivedBy[key]?.find((id) => held.has(id));
  if (eduRank(p.education) < eduRank(path.minEducation)) {
    const needed = EDUCATION_PHRASES[path.minEducation];
    return { order: 5, verdict: { kind: 'not-aimed', why: `this route needs ${needed}` }, facts: [`The "${path.label}" route needs ${needed}.`] };
  }
  let months = 0;
  let monthsFor: ExperienceKey | undefined;
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
    facts.push(`Needs ${phrase}; you have ${count(have, 'month')}.`);
    if (need - have > months) {
      months = need - have;
      monthsFor = key;
    }
  }

  let hours = 0;
  if (path.trainingHours) {
    const phrase = requirementPhrase(path, 'trainingHours')!;
    const waiver = waiverFor('trainingHours');
    if (waiver) {
      via.push(waiver);
      facts.push(`Your ${nameOf(waiver)} counts in place of ${phrase}.`);
    } else {
      facts.push(`Needs ${phrase}; you have ${count(p.trainingHours, 'hour')}.`);
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
      return { order: 3 + months / 1000, verdict: { kind: 'needs-credential', path: path.label, oneOf: path.requiresOneOf, months, via }, facts };
    }
  }
  if (path.otherExperience || path.gacDegree) {
    const unknown = path.otherExperience ?? 'a degree from a GAC-accredited programme';
    facts.push(`Also needs ${unknown}, which this chooser does not ask about.`);
    return { order: 4 + months / 1000, verdict: { kind: 'check', path: path.label, unknown }, facts };
  }
  if (months === 0 && hours === 0 && !path.requiredCourse) {
    if (facts.length === 0) facts.push('No formal prerequisites.');
    return { order: 0, verdict: { kind: 'eligible', path: path.label, via }, facts };
  }
  if (months > FAR_OFF_MONTHS) {
    return { order: 4.5, verdict: { kind: 'not-aimed', why: `about ${count(months, 'month')} of experience still to gain` }, facts };
  }
  return {
    order: 1 + months / 100 + hours / 100000,
    verdict: { kind: 'soon', path: path.label, months, monthsFor, hours, trainingTopic: path.trainingTopic, course: path.requiredCourse, via },
    facts,
  };
}

/** Eligibility of one credential for a profile, using the reader's best qualifying route. */
export function evaluateEligibility(cert: CertInput, profile: Profile, nameOf: (id: string) => string = (id) => id): Eligibility {
  if (profile.held.includes(cert.id)) return { verdict: { kind: 'held' }, facts: [`You already hold the ${cert.short}.`] };
  const coveredBy = cert.coveredBy.find((id) => profile.held.includes(id));
  if (coveredBy) {
    return { verdict: { kind: 'covered', by: coveredBy }, facts: [`Your ${nameOf(coveredBy)} already shows what the ${cert.short} would.`] };
  }
  const results = cert.prerequisites.paths.map((path) => evaluatePath(path, profile, nameOf));
  const best = results.reduce((a, b) => (b.order < a.order ? b : a));
  return { verdict: best.verdict, facts: best.facts };
}

/** The verdict as a short headline, e.g. "Eligible in about 6 months". */
export function verdictText(v: Verdict, nameOf: (id: string) => string = (id) => id): string {
  switch (v.kind) {
    case 'held':
      return 'You hold this already';
    case 'covered':
      return `Not needed: your ${nameOf(v.by)} covers it`;
    case 'eligible':
      return v.via.length ? `Eligible now, because you hold the ${listAnd(v.via.map(nameOf))}` : 'Eligible now';
    case 'soon': {
      const when = v.months > 0 ? `Eligible in about ${count(v.months, 'month')}` : 'Eligible';
      const extras = [
        v.hours > 0 ? `${count(v.hours, 'more hour')} of training` : null,
        v.course ? 'the required course' : null,
      ].filter((x): x is string => x !== null);
      const text = extras.length ? `${when}${v.months > 0 ? ', with' : ' after'} ${listAnd(extras)}` : when;
      return v.via.length ? `${text}; your ${listAnd(v.via.map(nameOf))} already counts towards it` : text;
    }
    case 'needs-credential': {
      const names = v.oneOf.map(nameOf);
      return names.length === 1 ? `Needs the ${names[0]} first` : `Needs one of the ${listOr(names)} first`;
    }
    case 'check':
      return 'Depends on experience this chooser does not ask about';
    case 'not-aimed':
      return `Not aimed at you yet: ${v.why}`;
  }
}

/** The next step for a verdict, written for that case. */
export function nextStep(cert: CertInput, v: Verdict, nameOf: (id: string) => string = (id) => id, canTakeNow: (id: string) => boolean = () => false): string {
  const issuer = cert.issuer ?? 'the issuer';
  switch (v.kind) {
    case 'eligible':
      if (cert.kind === 'training-certificate') return 'Enrol when it suits you; the provider’s page has the current price.';
      return `Apply on ${issuer}’s site: read the current handbook and fee on the day you book.`;
    case 'soon': {
      const steps: string[] = [];
      if (v.course) steps.push(`take ${v.course}`);
      if (v.hours > 0) steps.push(`complete ${count(v.hours, 'more hour')} of ${v.trainingTopic ?? 'project-management'} training`);
      if (v.months > 0) steps.push(`log ${count(v.months, 'more month')} ${EXPERIENCE_PHRASES[v.monthsFor ?? 'monthsWork']}`);
      const sentence = `${listAnd(steps)}, then ${cert.kind === 'training-certificate' ? 'enrol' : 'apply'}.`;
      return sentence.charAt(0).toUpperCase() + sentence.slice(1);
    }
    case 'needs-credential': {
      const now = v.oneOf.filter(canTakeNow);
      if (now.length > 0) return `Pass the ${nameOf(now[0]!)} first; you can take it now.`;
      const names = v.oneOf.map(nameOf);
      return names.length === 1 ? `Pass the ${names[0]} first.` : `Pass one of the ${listOr(names)} first.`;
    }
    case 'check':
      return `Ask ${issuer} whether you meet the requirement for ${v.unknown}; this chooser cannot judge it.`;
    default:
      return '';
  }
}

/** Which fields of the profile the reader chose, as opposed to defaults. */
export type Answered = ReadonlySet<keyof Profile>;
const ALL_ANSWERED: Answered = new Set(['stage', 'education', 'method', 'region', 'sector', 'goal'] as Array<keyof Profile>);

/** The parts of a score, so the reason one pick ranks above another can be said. */
export type Factor = 'stage' | 'goal' | 'method' | 'region' | 'sector' | 'eligibility' | 'experience' | 'other' | 'policy';

export interface Pick {
  cert: CertInput;
  score: number;
  parts: Record<Factor, number>;
  eligibility: Eligibility;
  verdict: string;
  /** Why it fits: one sentence per factor that counted in its favour. */
  reasons: string[];
  next: string;
  /** What lifted it above the pick after it (empty for the last pick). */
  lift?: string | undefined;
}

/** A credential's answer for the reader: its verdict and, when it is not a pick, why. */
export interface Answer {
  cert: CertInput;
  verdict: Verdict;
  verdictText: string;
  rank: number | null;
  /** One line: why it is a pick, or why it is left out. */
  reason: string;
}

/** Share of a match a credential earns when it claims many stages or goals (so no one credential fits everyone). */
const specificity = (n: number, full: number) => Math.min(1, full / Math.max(1, n));

/** True when the reader has clearly outgrown entry-level credentials. */
export function isExperienced(profile: Profile, certs: readonly CertInput[]): boolean {
  const heldLevels = certs.filter((c) => profile.held.includes(c.id)).map((c) => c.level);
  return profile.monthsLeading >= 36 || stageIndex(profile.stage) >= stageIndex('senior-pm') || heldLevels.some((l) => l && l !== 'entry');
}

function scoreOne(cert: CertInput, profile: Profile, eligibility: Eligibility, experienced: boolean, answered: Answered, canTakeNow: (id: string) => boolean) {
  const parts: Record<Factor, number> = { stage: 0, goal: 0, method: 0, region: 0, sector: 0, eligibility: 0, experience: 0, other: 0, policy: 0 };
  const reasons: string[] = [];
  const said = (field: keyof Profile, yours: string, assumed: string) => (answered.has(field) ? yours : assumed);

  const stageFit = specificity(cert.stages.length, 3);
  const nearest = Math.min(...cert.stages.map((s) => Math.abs(stageIndex(s) - stageIndex(profile.stage))));
  if (nearest === 0) {
    parts.stage = 30 * stageFit;
    reasons.push(said('stage', `Aimed at ${STAGE_PHRASES[profile.stage]}, the stage you said you are at.`, `Aimed at ${STAGE_PHRASES[profile.stage]} (the stage assumed until you choose one).`));
  } else if (nearest === 1) parts.stage = 10 * stageFit;
  else parts.stage = -12 * nearest;

  if (cert.goals.includes(profile.goal)) {
    parts.goal = 30 * specificity(cert.goals.length, 2);
    reasons.push(said('goal', `Fits your goal to ${GOAL_PHRASES[profile.goal]}.`, `Fits the goal to ${GOAL_PHRASES[profile.goal]} (assumed until you choose a goal).`));
  }

  const strongMethod = profile.method === 'scaled-agile' || profile.method === 'service-management';
  // A default delivery method is a weak signal; one the reader chose is a strong one.
  const methodWeight = answered.has('method') ? 1 : 0.5;
  if (cert.methods.includes(profile.method)) {
    parts.method = (strongMethod ? 45 : 15) * specificity(cert.methods.length, 2) * methodWeight;
    reasons.push(said('method', `Suits ${METHOD_PHRASES[profile.method]}, which you said your employer uses.`, `Suits ${METHOD_PHRASES[profile.method]}.`));
  } else if (profile.method === 'hybrid' && cert.methods.some((m) => m === 'predictive' || m === 'agile')) {
    parts.method = 5 * methodWeight;
  } else if (strongMethod && answered.has('method')) {
    // SAFe and ITSM employers ask for their own credentials; others fit them less well.
    parts.method = -15;
  }

  if (profile.region !== 'global' && cert.regions.includes(profile.region)) {
    parts.region = 14 * specificity(cert.regions.length, 3);
    reasons.push(`Well known in ${REGION_PHRASES[profile.region]}, where you said you work.`);
  } else if (cert.regions.includes('global')) {
    parts.region = 4;
  } else {
    // A regional credential (e.g. PRINCE2, APM) for someone elsewhere, or who has not said where they work.
    parts.region = profile.region === 'global' ? -8 : -6;
  }
  if (profile.sector !== 'any' && cert.sectors.includes(profile.sector)) {
    parts.sector = 10;
    reasons.push(`Valued in ${SECTOR_PHRASES[profile.sector]}, your sector.`);
    // Region and sector together are the strongest market signal (e.g. PRINCE2 in UK public sector).
    if (profile.region !== 'global' && cert.regions.includes(profile.region)) parts.sector += 10;
  }

  const v = eligibility.verdict;
  switch (v.kind) {
    case 'eligible':
      parts.eligibility = 20;
      break;
    case 'soon':
      parts.eligibility = Math.max(-20, 12 - v.months / 2 - v.hours / 20);
      break;
    case 'needs-credential':
      parts.eligibility = -(v.oneOf.some(canTakeNow) ? 2 : 12) - v.months / 2;
      break;
    case 'check':
      parts.eligibility = -6;
      break;
    default:
      parts.eligibility = -1000;
  }

  if (experienced && cert.level === 'entry') parts.experience = -60;
  if (cert.status === 'status-unverified') {
    parts.other -= 15;
    reasons.push('Its current status could not be confirmed: check with the issuer.');
  }
  if (cert.kind === 'training-certificate') {
    parts.other -= profile.goal === 'first-credential' ? 0 : 10;
    reasons.push('A training certificate from an online course, not an examined professional credential.');
  }
  if (cert.prerequisites.status !== 'confirmed') parts.other -= 2;
  const score = Object.values(parts).reduce((a, b) => a + b, 0);
  return { score, parts, reasons };
}

/** Why `a` ranks above `b`, in one sentence naming the factor that made the biggest difference. */
function liftReason(a: Pick, b: Pick, profile: Profile, answered: Answered): string {
  const diffs = (Object.keys(a.parts) as Factor[]).map((f) => [f, a.parts[f] - b.parts[f]] as const).sort((x, y) => y[1] - x[1]);
  const [factor, gap] = diffs[0]!;
  const other = `the ${b.cert.short}`;
  if (gap <= 0.5) return `Level with ${other} on fit; listed first by name.`;
  switch (factor) {
    case 'stage':
      return `Above ${other} because it is closer to ${answered.has('stage') ? 'the stage you said you are at' : 'the assumed stage'}.`;
    case 'goal':
      return `Above ${other} because it serves your goal to ${GOAL_PHRASES[profile.goal]} more directly.`;
    case 'method':
      return `Above ${other} because it suits ${METHOD_PHRASES[profile.method]} better.`;
    case 'region':
      return `Above ${other} because it is better known in ${REGION_PHRASES[profile.region]}.`;
    case 'sector':
      return `Above ${other} because employers in ${SECTOR_PHRASES[profile.sector]} ask for it more.`;
    case 'eligibility':
      return `Above ${other} because you can apply for it sooner.`;
    case 'experience':
      return `Above ${other}, an entry-level credential you have outgrown.`;
    case 'policy':
      return `Above ${other} because your organisation prefers it.`;
    default:
      return `Above ${other}, which has unconfirmed details or is a course certificate.`;
  }
}

/**
 * Every credential scored for the profile, best first. Held, covered and
 * far-off credentials score lowest and are never picks.
 */
export function rankCertifications(certs: CertInput[], profile: Profile, answered: Answered = ALL_ANSWERED): Pick[] {
  const byId = new Map(certs.map((c) => [c.id, c]));
  const nameOf = (id: string) => byId.get(id)?.short ?? id;
  const canTakeNow = (id: string) => {
    const c = byId.get(id);
    return c !== undefined && evaluateEligibility(c, profile, nameOf).verdict.kind === 'eligible';
  };
  const experienced = isExperienced(profile, certs);
  const ranked = certs
    .map((cert): Pick => {
      const eligibility = evaluateEligibility(cert, profile, nameOf);
      const { score, parts, reasons } = scoreOne(cert, profile, eligibility, experienced, answered, canTakeNow);
      return {
        cert,
        score,
        parts,
        eligibility,
        verdict: verdictText(eligibility.verdict, nameOf),
        reasons,
        next: nextStep(cert, eligibility.verdict, nameOf, canTakeNow),
      };
    })
    .sort((a, b) => b.score - a.score || a.cert.short.localeCompare(b.cert.short, 'en'));
  return ranked;
}

const EXCLUDED: ReadonlyArray<Verdict['kind']> = ['held', 'covered', 'not-aimed'];

/** A change to the ranking from outside the engine (an organisation's policy); it may move scores and add reasons. */
export type Adjust = (ranked: Pick[]) => Pick[];

/** The ranking, adjusted; whatever the adjustment added to a score is kept as the 'policy' factor. */
function ranked(certs: CertInput[], profile: Profile, answered: Answered, adjust?: Adjust): Pick[] {
  const base = rankCertifications(certs, profile, answered);
  if (!adjust) return base;
  return adjust(base).map((p) => {
    const { policy: _policy, ...rest } = p.parts;
    const sum = Object.values(rest).reduce((a, b) => a + b, 0);
    return { ...p, parts: { ...p.parts, policy: p.score - sum } };
  });
}

/** The top picks: credentials worth acting on now or soon, each saying what lifted it above the next. */
export function topPicks(certs: CertInput[], profile: Profile, countOf = 5, answered: Answered = ALL_ANSWERED, adjust?: Adjust): Pick[] {
  const picks = ranked(certs, profile, answered, adjust)
    .filter((p) => !EXCLUDED.includes(p.eligibility.verdict.kind) && p.score > -200)
    .slice(0, countOf);
  return picks.map((p, i) => ({ ...p, lift: picks[i + 1] ? liftReason(p, picks[i + 1]!, profile, answered) : undefined }));
}

/** Why a credential is not among the picks, in one line. */
function leftOutReason(p: Pick, profile: Profile, nameOf: (id: string) => string, experienced: boolean): string {
  const v = p.eligibility.verdict;
  if (v.kind === 'held') return 'You hold it already.';
  if (v.kind === 'covered') return `Your ${nameOf(v.by)} already covers it.`;
  if (v.kind === 'not-aimed') return v.why.startsWith('about') ? `Far off for now: ${v.why}.` : `Not open to you yet: ${v.why}.`;
  if (experienced && p.cert.level === 'entry') return 'An entry-level credential, below the experience you already have.';
  const stages = p.cert.stages.map(stageIndex);
  if (Math.min(...stages) > stageIndex(profile.stage) + 1) return `Aimed at a later stage: ${STAGE_PHRASES[p.cert.stages[0]!]}.`;
  if (Math.max(...stages) < stageIndex(profile.stage) - 1) return `Aimed at an earlier stage: ${STAGE_PHRASES[p.cert.stages.at(-1)!]}.`;
  if (p.parts.goal === 0 && p.parts.method <= 0) return 'Fits neither your goal nor how your employer delivers as well as your picks do.';
  if (p.parts.goal === 0) return `Serves a different goal from yours: ${GOAL_PHRASES[p.cert.goals[0]!]}.`;
  if (p.parts.region < 0) return `Less known where you work; its strongest markets are ${listAnd(p.cert.regions.map((r) => REGION_PHRASES[r]))}.`;
  return 'A reasonable choice that ranked just below your picks.';
}

/** An answer for every credential: rank among the picks, or the reason it is left out. */
export function answerAll(certs: CertInput[], profile: Profile, countOf = 5, answered: Answered = ALL_ANSWERED, adjust?: Adjust): Answer[] {
  const byId = new Map(certs.map((c) => [c.id, c]));
  const nameOf = (id: string) => byId.get(id)?.short ?? id;
  const experienced = isExperienced(profile, certs);
  const picks = topPicks(certs, profile, countOf, answered, adjust);
  const rankOf = new Map(picks.map((p, i) => [p.cert.id, i + 1]));
  return ranked(certs, profile, answered, adjust).map((p) => ({
    cert: p.cert,
    verdict: p.eligibility.verdict,
    verdictText: p.verdict,
    rank: rankOf.get(p.cert.id) ?? null,
    reason: rankOf.has(p.cert.id) ? (p.reasons[0] ?? 'One of your picks.') : leftOutReason(p, profile, nameOf, experienced),
  }));
}
