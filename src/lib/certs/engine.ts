/**
 * Certification chooser engine: eligibility of each credential for a profile,
 * a ranking whose every step can be explained, and an answer for every
 * credential (including why it is not among the picks). Pure: data in, data
 * out; no DOM, no Astro.
 *
 * The ranking follows what the reader said, and only that: a stated goal is
 * the strongest signal, a stated stage the next; an unanswered question is
 * neutral and never quoted back as the reader's choice. Without a stage, the
 * reader's experience implies one, and the reasons say so. Credentials below
 * the reader's experience are never picked. Every sentence is written for its
 * case (wording.ts); labels are never lower-cased or nested.
 */
import type { Profile } from './profile.ts';
import { EDUCATION_PHRASES, listAnd, listOr, requirementPhrase, type DescribablePath, type Waivable } from './describe.ts';
import {
  CAREER_STAGES,
  EDUCATION_LEVELS,
  type CareerStage,
  type DeliveryMethod,
  type EducationLevel,
  type Goal,
  type Region,
  type Sector,
} from './vocabulary.ts';
import {
  count,
  duration,
  EXPERIENCE_PHRASES,
  GOAL_PHRASES,
  METHOD_PHRASES,
  REGION_PHRASES,
  SECTOR_PHRASES,
  STAGE_PHRASES,
  type ExperienceKey,
} from './wording.ts';

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
  /** "confirmed" when the rule comes from the issuer's own page. */
  prerequisites: { paths: PathInput[]; status: 'confirmed' | 'reported' | 'not-found' };
  coveredBy: string[];
  status: 'active' | 'status-unverified';
}

export type Verdict =
  | { kind: 'held' }
  | { kind: 'covered'; by: string }
  | { kind: 'eligible'; path: string; via: string[] }
  | {
      /** Open within a year ("soon") or within FAR_OFF_MONTHS ("later"). */
      kind: 'soon' | 'later';
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
  | { kind: 'not-aimed'; why: 'education' | 'far-off'; education?: EducationLevel; months?: number };

export interface Eligibility {
  verdict: Verdict;
  /** Plain-language sentences citing the requirement and the reader's figures. */
  facts: string[];
}

/** "Soon" means within a year. */
export const SOON_MONTHS = 12;
/** Beyond this many months to go, a credential is not aimed at this profile yet. */
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
  /** Credentials the reader holds that decided a requirement on this path (their own figures fell short). */
  const via: string[] = [];
  const waiverFor = (key: Waivable) => path.waivedBy[key]?.find((id) => held.has(id));
  if (eduRank(p.education) < eduRank(path.minEducation)) {
    return {
      order: 5,
      verdict: { kind: 'not-aimed', why: 'education', education: path.minEducation },
      facts: [`The "${path.label}" route needs ${EDUCATION_PHRASES[path.minEducation]}.`],
    };
  }
  let months = 0;
  let monthsFor: ExperienceKey | undefined;
  for (const key of EXPERIENCE) {
    const need = path[key];
    if (!need) continue;
    const phrase = requirementPhrase(path, key)!;
    const have = p[key];
    const waiver = waiverFor(key);
    // A credential counts only when the reader's own months fall short; otherwise the months speak for themselves.
    if (waiver && have < need) {
      via.push(waiver);
      facts.push(`Your ${nameOf(waiver)} counts in place of ${phrase}.`);
      continue;
    }
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
    if (waiver && p.trainingHours < path.trainingHours) {
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
    return { order: 4.5, verdict: { kind: 'not-aimed', why: 'far-off', months }, facts };
  }
  return {
    order: 1 + months / 100 + hours / 100000,
    verdict: {
      kind: months > SOON_MONTHS ? 'later' : 'soon',
      path: path.label,
      months,
      monthsFor,
      hours,
      trainingTopic: path.trainingTopic,
      course: path.requiredCourse,
      via,
    },
    facts,
  };
}

/** Eligibility of one credential for a profile, using the reader's best qualifying route. */
export function evaluateEligibility(cert: CertInput, profile: Profile, nameOf: (id: string) => string = (id) => id): Eligibility {
  if (profile.held.includes(cert.id)) return { verdict: { kind: 'held' }, facts: [] };
  const coveredBy = cert.coveredBy.find((id) => profile.held.includes(id));
  if (coveredBy) return { verdict: { kind: 'covered', by: coveredBy }, facts: [] };
  const results = cert.prerequisites.paths.map((path) => evaluatePath(path, profile, nameOf));
  const best = results.reduce((a, b) => (b.order < a.order ? b : a));
  return { verdict: best.verdict, facts: best.facts };
}

/** The verdict as a short sentence, e.g. "Eligible in about 6 months." */
export function verdictText(v: Verdict, nameOf: (id: string) => string = (id) => id): string {
  switch (v.kind) {
    case 'held':
      return 'You hold this already.';
    case 'covered':
      return `Covered by the ${nameOf(v.by)} you hold.`;
    case 'eligible':
      return v.via.length ? `Eligible now, thanks to the ${listAnd(v.via.map(nameOf))} you hold.` : 'Eligible now.';
    case 'soon':
    case 'later': {
      const training = v.hours > 0 ? `${count(v.hours, 'more hour')} of ${v.trainingTopic ?? 'project-management'} training` : null;
      if (v.months === 0) {
        const steps = [training, v.course ? v.course : null].filter((x): x is string => x !== null);
        return `Eligible once you complete ${listAnd(steps)}.`;
      }
      const extras = [training, v.course ? v.course : null].filter((x): x is string => x !== null);
      return extras.length ? `Eligible in about ${duration(v.months)}, with ${listAnd(extras)}.` : `Eligible in about ${duration(v.months)}.`;
    }
    case 'needs-credential': {
      const names = v.oneOf.map(nameOf);
      return names.length === 1 ? `Needs the ${names[0]} first.` : `Needs one of the ${listOr(names)} first.`;
    }
    case 'check':
      return 'Depends on experience this chooser does not ask about.';
    case 'not-aimed':
      return v.why === 'education'
        ? `Not open to you yet: every route to it needs ${EDUCATION_PHRASES[v.education ?? 'bachelor']}.`
        : `Far off for now: about ${duration(v.months ?? FAR_OFF_MONTHS)} of experience still to gain.`;
  }
}

/** The next step for a verdict, written for that case ("" when there is nothing to do). */
export function nextStep(cert: CertInput, v: Verdict, nameOf: (id: string) => string = (id) => id, canTakeNow: (id: string) => boolean = () => false): string {
  const issuer = cert.issuer ?? 'the issuer';
  switch (v.kind) {
    case 'eligible':
      if (cert.kind === 'training-certificate') return 'Enrol when it suits you; the provider’s page has the current price.';
      return `Apply on ${issuer}’s site: read the current handbook and fee on the day you book.`;
    case 'soon':
    case 'later': {
      const steps: string[] = [];
      if (v.course) steps.push(`take ${v.course}`);
      if (v.hours > 0) steps.push(`complete ${count(v.hours, 'more hour')} of ${v.trainingTopic ?? 'project-management'} training`);
      if (v.months > 0) steps.push(`gain ${count(v.months, 'more month')} ${EXPERIENCE_PHRASES[v.monthsFor ?? 'monthsWork']}`);
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
      return `Ask ${issuer} whether you meet the requirement for ${v.unknown}.`;
    default:
      return '';
  }
}

/** The stage the ranking works from: the one the reader chose, or the one their experience implies (and why). */
export interface EffectiveStage {
  stage: CareerStage;
  /** How the stage was reached: chosen, or the evidence it was inferred from ("your 50 months leading projects"). */
  from: { chosen: true } | { chosen: false; evidence: string | null };
}

const LEVEL_RANK = { entry: 0, mid: 1, specialist: 1, senior: 2, executive: 3 } as const;
/** The credential level that matches each career stage. */
const READER_LEVEL: Record<CareerStage, number> = { newcomer: 0, coordinator: 0, 'project-manager': 1, 'senior-pm': 2, programme: 2, portfolio: 3 };

/** The stage a profile states, or the one its experience and credentials imply. */
export function effectiveStage(profile: Profile, certs: readonly CertInput[]): EffectiveStage {
  if (profile.stage) return { stage: profile.stage, from: { chosen: true } };
  const heldTop = certs
    .filter((c) => profile.held.includes(c.id) && c.goals.some((g) => g === 'lead-projects' || g === 'programme-portfolio'))
    .sort((a, b) => LEVEL_RANK[b.level ?? 'entry'] - LEVEL_RANK[a.level ?? 'entry'])[0];
  const infer = (stage: CareerStage, evidence: string): EffectiveStage => ({ stage, from: { chosen: false, evidence } });
  if (profile.monthsPortfolio >= 24) return infer('portfolio', `your ${count(profile.monthsPortfolio, 'month')} managing portfolios`);
  if (profile.monthsProgramme >= 24) return infer('programme', `your ${count(profile.monthsProgramme, 'month')} managing programmes`);
  if (profile.monthsLeading >= 60) return infer('senior-pm', `your ${count(profile.monthsLeading, 'month')} leading projects`);
  if (profile.monthsLeading >= 12) return infer('project-manager', `your ${count(profile.monthsLeading, 'month')} leading projects`);
  if (heldTop && LEVEL_RANK[heldTop.level ?? 'entry'] >= 1) return infer('project-manager', `the ${heldTop.short} you hold`);
  if (profile.monthsLeading > 0) return infer('coordinator', `your ${count(profile.monthsLeading, 'month')} leading projects`);
  return { stage: 'newcomer', from: { chosen: false, evidence: null } };
}

/** True when the reader has outgrown entry-level project credentials. */
export function isExperienced(profile: Profile, certs: readonly CertInput[]): boolean {
  const heldLevels = certs.filter((c) => profile.held.includes(c.id)).map((c) => LEVEL_RANK[c.level ?? 'entry']);
  const stage = effectiveStage(profile, certs).stage;
  return profile.monthsLeading >= 36 || stageIndex(stage) >= stageIndex('senior-pm') || heldLevels.some((l) => l >= 1);
}

/**
 * An entry-level credential is below an experienced reader, unless it opens a
 * discipline the reader said they want to move into and have no credential
 * in yet (ITIL Foundation for IT service management).
 */
function outgrown(cert: CertInput, profile: Profile, certs: readonly CertInput[], experienced: boolean): boolean {
  if (!experienced || cert.level !== 'entry') return false;
  const goal = profile.goal;
  if (goal === 'service-management' && cert.goals.includes(goal)) {
    return certs.some((c) => profile.held.includes(c.id) && c.goals.includes(goal));
  }
  return true;
}

/** The parts of a score, so the reason one pick ranks above another can be said. */
export type Factor = 'goal' | 'stage' | 'method' | 'region' | 'sector' | 'eligibility' | 'other' | 'policy';

export interface Pick {
  cert: CertInput;
  score: number;
  parts: Record<Factor, number>;
  eligibility: Eligibility;
  verdict: string;
  /** Why it fits: one sentence per answer of the reader's that counted in its favour. */
  reasons: string[];
  next: string;
  /** What lifted it above the pick after it (absent for the last pick). */
  lift?: string | undefined;
  /** Never a pick: held, covered, far off, or below the reader's experience. */
  excluded: false | 'held' | 'covered' | 'not-aimed' | 'outgrown';
}

/** A credential's answer for the reader: its verdict and, when useful, one more line that does not repeat it. */
export interface Answer {
  cert: CertInput;
  verdict: Verdict;
  verdictText: string;
  rank: number | null;
  /** Why it is a pick, or why it is left out; "" when the verdict already says it. */
  reason: string;
}

/** Share of a match a credential earns when it claims many stages or goals, so no one credential fits everyone. */
const specificity = (n: number, full: number) => Math.min(1, full / Math.max(1, n));

function scoreOne(cert: CertInput, profile: Profile, eligibility: Eligibility, stage: EffectiveStage, canTakeNow: (id: string) => boolean) {
  const parts: Record<Factor, number> = { goal: 0, stage: 0, method: 0, region: 0, sector: 0, eligibility: 0, other: 0, policy: 0 };
  const reasons: string[] = [];

  // The goal, once chosen, is the strongest signal.
  if (profile.goal) {
    if (cert.goals.includes(profile.goal)) {
      parts.goal = 70 * specificity(cert.goals.length, 2);
      reasons.push(`Serves your goal to ${GOAL_PHRASES[profile.goal]}.`);
    } else {
      parts.goal = -30;
    }
  } else if (cert.goals.some((g) => g === 'first-credential' || g === 'lead-projects')) {
    // No goal given: a general project credential is the safer suggestion than a specialist one (ITIL, risk, PMO).
    parts.goal = 10;
  }

  const stageFit = specificity(cert.stages.length, 3);
  const nearest = Math.min(...cert.stages.map((s) => Math.abs(stageIndex(s) - stageIndex(stage.stage))));
  const stageWeight = stage.from.chosen ? 1 : 0.8;
  if (nearest === 0) {
    parts.stage = 30 * stageFit * stageWeight;
    const aimed = `Aimed at ${STAGE_PHRASES[stage.stage]}`;
    if (stage.from.chosen) reasons.push(`${aimed}, the stage you chose.`);
    else if (stage.from.evidence) reasons.push(`${aimed}, going by ${stage.from.evidence}.`);
  } else if (nearest === 1) {
    parts.stage = 10 * stageFit * stageWeight;
  } else {
    parts.stage = -12 * nearest * stageWeight;
  }

  // A credential pitched at the reader's level carries more weight there than one a step below it.
  // Holding any credential already takes a reader past the entry level.
  const readerLevel = Math.max(READER_LEVEL[stage.stage], profile.held.length > 0 ? 1 : 0);
  const certLevel = LEVEL_RANK[cert.level ?? 'entry'];
  if (certLevel === readerLevel) parts.stage += 15 * stageWeight;
  else if (certLevel < readerLevel - 1) parts.stage -= 15 * stageWeight;

  if (profile.method) {
    const strongMethod = profile.method === 'scaled-agile' || profile.method === 'service-management';
    if (cert.methods.includes(profile.method)) {
      parts.method = (strongMethod ? 45 : 15) * specificity(cert.methods.length, 2);
      reasons.push(`Suits ${METHOD_PHRASES[profile.method]}, which you said your employer uses.`);
    } else if (profile.method === 'hybrid' && cert.methods.some((m) => m === 'predictive' || m === 'agile')) {
      parts.method = 5;
    } else if (strongMethod) {
      // SAFe and ITSM employers ask for their own credentials; others fit them less well.
      parts.method = -15;
    }
  }

  if (profile.region !== 'global') {
    if (cert.regions.includes(profile.region)) {
      parts.region = 14 * specificity(cert.regions.length, 3);
      reasons.push(`Well known in ${REGION_PHRASES[profile.region]}, where you said you work.`);
    } else {
      parts.region = cert.regions.includes('global') ? 0 : -20;
    }
  } else if (cert.regions.includes('global')) {
    parts.region = 4;
  } else {
    // Nothing said about where: a credential known everywhere is the safer suggestion than a regional one.
    parts.region = -15;
    reasons.push(`Known mainly in ${listAnd(cert.regions.map((r) => REGION_PHRASES[r]))}.`);
  }
  if (profile.sector !== 'any' && cert.sectors.includes(profile.sector)) {
    parts.sector = 10;
    reasons.push(`Valued in ${SECTOR_PHRASES[profile.sector]}, the sector you work in.`);
    // Region and sector together are the strongest market signal (e.g. PRINCE2 in the UK public sector).
    if (profile.region !== 'global' && cert.regions.includes(profile.region)) parts.sector += 10;
  }

  const v = eligibility.verdict;
  switch (v.kind) {
    case 'eligible':
      parts.eligibility = 20;
      break;
    case 'soon':
      parts.eligibility = 12 - v.months / 2 - v.hours / 20;
      break;
    case 'later':
      parts.eligibility = -4 - v.months / 4;
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

  if (cert.status === 'status-unverified') {
    parts.other -= 15;
    reasons.push('Its current status could not be confirmed: check with the issuer.');
  }
  if (cert.kind === 'training-certificate') {
    parts.other -= profile.goal === 'first-credential' ? 6 : 12;
    reasons.push('A certificate for completing an online course, not an examined professional credential.');
  }
  if (cert.prerequisites.status !== 'confirmed') parts.other -= 2;
  const score = Object.values(parts).reduce((a, b) => a + b, 0);
  return { score, parts, reasons };
}

/** Why `a` ranks above `b`, in one sentence about the factor that made the biggest difference. */
function liftReason(a: Pick, b: Pick, profile: Profile, stage: EffectiveStage): string {
  const diffs = (Object.keys(a.parts) as Factor[]).map((f) => [f, a.parts[f] - b.parts[f]] as const).sort((x, y) => y[1] - x[1]);
  const [factor, gap] = diffs[0]!;
  const other = `the ${b.cert.short}`;
  if (gap <= 0.5) return `Level with ${other}; either would serve you.`;
  switch (factor) {
    case 'goal':
      return profile.goal
        ? `Above ${other} because it serves your goal more directly.`
        : `Above ${other} because it covers project management as a whole, where the ${b.cert.short} is a specialist’s credential.`;
    case 'stage':
      return stage.from.chosen
        ? `Above ${other} because it is aimed at the stage you chose.`
        : `Above ${other} because it is aimed at the stage your experience suggests.`;
    case 'method':
      return `Above ${other} because it suits the way your employer delivers.`;
    case 'region':
      return profile.region !== 'global'
        ? `Above ${other} because it is better known where you work.`
        : `Above ${other} because it is recognised in most countries, where the ${b.cert.short} is known mainly in ${listAnd(b.cert.regions.map((r) => REGION_PHRASES[r]))}.`;
    case 'sector':
      return `Above ${other} because employers in your sector ask for it more often.`;
    case 'eligibility':
      return `Above ${other} because you can apply for it sooner.`;
    case 'policy':
      return `Above ${other} because your organisation prefers it.`;
    default:
      if (b.cert.kind === 'training-certificate') return `Above ${other}, which is a course certificate.`;
      if (b.cert.status === 'status-unverified') return `Above ${other}, whose current status is not confirmed.`;
      return `Above ${other}, whose entry rule its issuer has not confirmed.`;
  }
}

interface Context {
  nameOf: (id: string) => string;
  canTakeNow: (id: string) => boolean;
  stage: EffectiveStage;
  experienced: boolean;
}

function contextFor(certs: CertInput[], profile: Profile): Context {
  const byId = new Map(certs.map((c) => [c.id, c]));
  const nameOf = (id: string) => byId.get(id)?.short ?? id;
  const canTakeNow = (id: string) => {
    const c = byId.get(id);
    return c !== undefined && evaluateEligibility(c, profile, nameOf).verdict.kind === 'eligible';
  };
  return { nameOf, canTakeNow, stage: effectiveStage(profile, certs), experienced: isExperienced(profile, certs) };
}

/** Every credential scored for the profile, best first; excluded ones (never picks) last. */
export function rankCertifications(certs: CertInput[], profile: Profile): Pick[] {
  const ctx = contextFor(certs, profile);
  return certs
    .map((cert): Pick => {
      const eligibility = evaluateEligibility(cert, profile, ctx.nameOf);
      const { score, parts, reasons } = scoreOne(cert, profile, eligibility, ctx.stage, ctx.canTakeNow);
      const kind = eligibility.verdict.kind;
      const excluded =
        kind === 'held' || kind === 'covered' || kind === 'not-aimed' ? kind : outgrown(cert, profile, certs, ctx.experienced) ? 'outgrown' : false;
      return {
        cert,
        score,
        parts,
        eligibility,
        verdict: verdictText(eligibility.verdict, ctx.nameOf),
        reasons,
        next: nextStep(cert, eligibility.verdict, ctx.nameOf, ctx.canTakeNow),
        excluded,
      };
    })
    .sort((a, b) => Number(a.excluded !== false) - Number(b.excluded !== false) || b.score - a.score || a.cert.short.localeCompare(b.cert.short, 'en'));
}

/** A change to the ranking from outside the engine (an organisation's policy); it may move scores and add reasons. */
export type Adjust = (ranked: Pick[]) => Pick[];

/** The ranking, adjusted; whatever the adjustment added to a score is kept as the 'policy' factor. */
function ranked(certs: CertInput[], profile: Profile, adjust?: Adjust): Pick[] {
  const base = rankCertifications(certs, profile);
  if (!adjust) return base;
  return adjust(base).map((p) => {
    const { policy: _policy, ...rest } = p.parts;
    const sum = Object.values(rest).reduce((a, b) => a + b, 0);
    return { ...p, parts: { ...p.parts, policy: p.score - sum } };
  });
}

/** The top picks: credentials worth acting on now or later, each saying what lifted it above the next. */
export function topPicks(certs: CertInput[], profile: Profile, countOf = 5, adjust?: Adjust): Pick[] {
  const stage = effectiveStage(profile, certs);
  const picks = ranked(certs, profile, adjust)
    .filter((p) => p.excluded === false && p.score > -200)
    .slice(0, countOf);
  return picks.map((p, i) => ({ ...p, lift: picks[i + 1] ? liftReason(p, picks[i + 1]!, profile, stage) : undefined }));
}

/** Why a credential is not among the picks, in one line that does not repeat its verdict ("" when the verdict says it all). */
function leftOutReason(p: Pick, profile: Profile, stage: EffectiveStage): string {
  if (p.excluded === 'held' || p.excluded === 'covered' || p.excluded === 'not-aimed') return '';
  if (p.excluded === 'outgrown') return 'An entry-level credential, below the experience you already have.';
  if (profile.goal && p.parts.goal < 0) return `It serves a different goal: to ${GOAL_PHRASES[p.cert.goals[0]!]}.`;
  const stages = p.cert.stages.map(stageIndex);
  const said = stage.from.chosen
    ? 'the stage you chose'
    : stage.from.evidence
      ? `the stage ${stage.from.evidence} suggest${/^the /.test(stage.from.evidence) ? 's' : ''}`
      : null;
  if (said && Math.min(...stages) > stageIndex(stage.stage) + 1) return `Aimed at a later stage than ${said}: ${STAGE_PHRASES[p.cert.stages[0]!]}.`;
  if (said && Math.max(...stages) < stageIndex(stage.stage) - 1) return `Aimed at an earlier stage than ${said}: ${STAGE_PHRASES[p.cert.stages.at(-1)!]}.`;
  if (profile.method && p.parts.method < 0) return `Less suited to ${METHOD_PHRASES[profile.method]}, which you said your employer uses.`;
  if (profile.region !== 'global' && p.parts.region < 0) {
    return `Less known in ${REGION_PHRASES[profile.region]}; its strongest markets are ${listAnd(p.cert.regions.map((r) => REGION_PHRASES[r]))}.`;
  }
  return 'A sound choice that ranked just below your picks.';
}

/** An answer for every credential: its verdict, its rank among the picks, or the reason it is left out. */
export function answerAll(certs: CertInput[], profile: Profile, countOf = 5, adjust?: Adjust): Answer[] {
  const stage = effectiveStage(profile, certs);
  const picks = topPicks(certs, profile, countOf, adjust);
  const rankOf = new Map(picks.map((p, i) => [p.cert.id, i + 1]));
  return ranked(certs, profile, adjust).map((p) => ({
    cert: p.cert,
    verdict: p.eligibility.verdict,
    verdictText: p.verdict,
    rank: rankOf.get(p.cert.id) ?? null,
    reason: rankOf.has(p.cert.id) ? (p.reasons[0] ?? '') : leftOutReason(p, profile, stage),
  }));
}
