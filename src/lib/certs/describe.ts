/**
 * Prerequisites in words, generated from the same structured paths the
 * engine evaluates, so a credential's rule and its summary cannot disagree.
 * Every phrase is written for its requirement; labels are never lower-cased
 * or nested. Pure.
 */
import type { EducationLevel } from './vocabulary.ts';

/** Requirements that another credential can count in place of. */
export const WAIVABLE = ['monthsWork', 'monthsLeading', 'monthsAgile', 'monthsProgramme', 'monthsPortfolio', 'trainingHours'] as const;
export type Waivable = (typeof WAIVABLE)[number];

export interface DescribablePath {
  label: string;
  minEducation: EducationLevel;
  gacDegree: boolean;
  monthsWork?: number | undefined;
  monthsLeading?: number | undefined;
  monthsAgile?: number | undefined;
  monthsProgramme?: number | undefined;
  monthsPortfolio?: number | undefined;
  otherExperience?: string | undefined;
  withinYears?: number | undefined;
  trainingHours?: number | undefined;
  trainingTopic?: string | undefined;
  waivedBy: Partial<Record<Waivable, string[]>>;
  requiresOneOf: string[];
  requiredCourse?: string | undefined;
}

/** The education a path asks for, as a noun phrase ("" when none). */
export const EDUCATION_PHRASES: Record<EducationLevel, string> = {
  none: '',
  secondary: 'secondary education (a high-school diploma or equivalent)',
  associate: 'an associate degree or diploma',
  bachelor: 'a four-year degree',
  postgraduate: 'a postgraduate degree',
};

/** "a", "a and b", "a, b and c"; a comma before the last "and" when an item has its own ("…, and Australia and New Zealand"). */
export function listAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  const serial = items.length > 2 && items.some((i) => i.includes(' and '));
  return `${items.slice(0, -1).join(', ')}${serial ? ',' : ''} and ${items.at(-1)}`;
}

/** "a", "a or b", "a, b or c". */
export function listOr(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

const months = (n: number) => `${n} ${n === 1 ? 'month' : 'months'}`;

/** One requirement of a path in words, or null when the path does not ask for it. */
export function requirementPhrase(path: DescribablePath, key: Waivable): string | null {
  const n = path[key];
  if (!n) return null;
  switch (key) {
    case 'monthsWork':
      return `${months(n)} of professional work`;
    case 'monthsLeading':
      return `${months(n)} leading projects`;
    case 'monthsAgile':
      return `${months(n)} of agile project experience`;
    case 'monthsProgramme':
      return `${months(n)} managing programmes`;
    case 'monthsPortfolio':
      return `${months(n)} managing portfolios`;
    case 'trainingHours':
      return `${n} hours of ${path.trainingTopic ?? 'project-management'} training`;
  }
}

/** The requirements of one path, each a phrase: education, experience, training, credentials, course. */
export function pathPhrases(path: DescribablePath, nameOf: (id: string) => string): string[] {
  const phrases: string[] = [];
  if (path.gacDegree) phrases.push('a degree from a GAC-accredited programme');
  else if (EDUCATION_PHRASES[path.minEducation]) phrases.push(EDUCATION_PHRASES[path.minEducation]);
  const withWaiver = (key: Waivable) => {
    const phrase = requirementPhrase(path, key);
    if (!phrase) return;
    const by = path.waivedBy[key];
    phrases.push(by?.length ? `${phrase} (holding the ${listOr(by.map(nameOf))} counts instead)` : phrase);
  };
  const experience = ['monthsWork', 'monthsLeading', 'monthsAgile', 'monthsProgramme', 'monthsPortfolio'] as const;
  experience.forEach(withWaiver);
  if (path.otherExperience) phrases.push(path.otherExperience);
  if (path.withinYears && phrases.length > 0) {
    phrases[phrases.length - 1] += `, all within the last ${path.withinYears} years`;
  }
  withWaiver('trainingHours');
  if (path.requiresOneOf.length > 0) {
    const names = path.requiresOneOf.map(nameOf);
    phrases.push(names.length === 1 ? `a pass in the ${names[0]}` : `a pass in one of the ${listOr(names)}`);
  }
  if (path.requiredCourse) phrases.push(path.requiredCourse);
  return phrases;
}

/** One path in words: "a four-year degree, 36 months leading projects and …", or "no formal prerequisites". */
export function describePath(path: DescribablePath, nameOf: (id: string) => string): string {
  const phrases = pathPhrases(path, nameOf);
  return phrases.length ? listAnd(phrases) : 'no formal prerequisites';
}

/**
 * All paths in words, starting in lower case so it can sit inside a sentence:
 * "no formal prerequisites", "a two-day course …", or "either A; or B".
 */
export function describePrerequisites(paths: readonly DescribablePath[], nameOf: (id: string) => string): string {
  const described = paths.map((p) => describePath(p, nameOf));
  if (described.length === 1) return described[0]!;
  return `either ${described.join('; or ')}`;
}

/** First letter upper-cased (for a phrase that starts a sentence; the rest is left exactly as written). */
export function sentenceStart(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The eligibility rule as a fact: the prerequisites in words (generated from
 * the paths the chooser evaluates) with their provenance, the prerequisites'
 * note and the provenance's note joined. Shown on credential pages, in the
 * facts audit and in the open data.
 */
export function eligibilityFactOf<P extends { note?: string | undefined }>(
  prerequisites: { paths: readonly DescribablePath[]; note?: string | undefined; provenance: P },
  nameOf: (id: string) => string,
): Omit<P, 'note'> & { id: 'eligibility'; label: 'Eligibility'; value: string; note: string | undefined } {
  const { paths, note, provenance } = prerequisites;
  return {
    id: 'eligibility',
    label: 'Eligibility',
    ...provenance,
    value: describePrerequisites(paths, nameOf),
    note: [note, provenance.note].filter(Boolean).join(' ') || undefined,
  };
}
