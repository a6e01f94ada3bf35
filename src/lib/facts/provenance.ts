/**
 * Provenance of a fact that can go stale (a fee, an exam format, an
 * eligibility rule, a pay or market figure): where it comes from, whether
 * that source is official, when the source was dated, when someone last
 * compared the value with it (`checked`) and when it must be looked at again
 * (`reviewBy`). Pure rules and formatting, shared by the schemas, the pages
 * and `npm run facts`.
 */
import { hostOf, isIndependent, isOfficial } from './sources.ts';

export const FACT_STATUSES = ['confirmed', 'reported', 'not-found'] as const;
export type FactStatus = (typeof FACT_STATUSES)[number];
export const SOURCE_KINDS = ['official', 'independent'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface Source {
  url: string;
  publisher: string;
  kind: SourceKind;
  /** The source's own date: YYYY, YYYY-MM, YYYY-MM-DD or "undated". */
  date: string;
  /** Why an independent source is used at all (required for independent sources). */
  reason?: string | undefined;
}

export interface Provenance {
  status: FactStatus;
  source: Source | null;
  /** YYYY-MM-DD: the day someone last compared the value with the source. Never the build date. */
  checked: string;
  /** YYYY-MM-DD: the day the fact is due to be checked again. */
  reviewBy: string;
}

export interface Fact extends Provenance {
  value: string | null;
}

/** The issuer's (or statistics body's) own page, linked beside every fact it does not confirm. */
export interface IssuerPage {
  url: string;
  publisher: string;
}

export interface FactIssue {
  path: Array<string | number>;
  message: string;
}

export const SOURCE_DATE = /^(undated|\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?)$/;

/** Today's date as YYYY-MM-DD in UTC. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Rules a fact's provenance must follow; each issue names the field. `today` is YYYY-MM-DD. */
export function provenanceIssues(fact: Fact, today: string): FactIssue[] {
  const issues: FactIssue[] = [];
  const { status, source } = fact;
  if (status === 'not-found') {
    if (fact.value !== null) issues.push({ path: ['value'], message: 'must be null when status is "not-found" (say what was looked for in a note instead)' });
    if (source !== null) issues.push({ path: ['source'], message: 'must be null when status is "not-found"' });
  } else {
    if (fact.value === null) issues.push({ path: ['value'], message: `is required when status is "${status}"` });
    if (source === null) {
      issues.push({ path: ['source'], message: `is required when status is "${status}"` });
    } else if (status === 'confirmed' && source.kind !== 'official') {
      issues.push({
        path: ['source', 'kind'],
        message:
          'is "independent", but a fact stated as confirmed needs an official source (the issuer or a statistics body); set status to "reported" instead',
      });
    } else if (status === 'reported' && source.kind === 'official') {
      issues.push({ path: ['status'], message: 'is "reported" but the source is official: state it as "confirmed"' });
    }
  }
  if (source) {
    const host = hostOf(source.url);
    if (!host) issues.push({ path: ['source', 'url'], message: 'is not a valid web address' });
    else if (!source.url.startsWith('https://')) issues.push({ path: ['source', 'url'], message: 'must use https://' });
    if (host && source.kind === 'official' && !isOfficial(source.url)) {
      issues.push({
        path: ['source', 'url'],
        message: `(${host}) is not an issuer or statistics body on the allowlist in src/lib/facts/sources.ts; training vendors, exam-preparation sites, forums and SEO relays are never sources`,
      });
    } else if (host && source.kind === 'independent' && !isIndependent(source.url)) {
      issues.push({
        path: ['source', 'url'],
        message: `(${host}) is not an approved independent publisher in src/lib/facts/sources.ts (a national newspaper, a professional body, the issuer's press release); training vendors, exam-preparation sites, forums and SEO relays are never sources`,
      });
    }
    if (source.kind === 'independent' && !(source.reason && source.reason.trim().length >= 10)) {
      issues.push({ path: ['source', 'reason'], message: 'is required for an independent source: say why it is used and what it is' });
    }
    if (!SOURCE_DATE.test(source.date)) issues.push({ path: ['source', 'date'], message: 'must be YYYY, YYYY-MM, YYYY-MM-DD or "undated"' });
  }
  if (fact.checked > today) {
    issues.push({
      path: ['checked'],
      message: `(${fact.checked}) is after the build date ${today}: "checked" is the day someone compared the value with its source`,
    });
  }
  if (fact.reviewBy < fact.checked) issues.push({ path: ['reviewBy'], message: `(${fact.reviewBy}) is before "checked" (${fact.checked})` });
  return issues;
}

export function issuerIssues(issuer: IssuerPage): FactIssue[] {
  if (!issuer.url.startsWith('https://')) return [{ path: ['url'], message: 'must use https://' }];
  return isOfficial(issuer.url)
    ? []
    : [{ path: ['url'], message: `(${hostOf(issuer.url) ?? issuer.url}) must be the issuer's own page, on a domain in src/lib/facts/sources.ts` }];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-11-25" → "25 November 2026". */
export function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** A source's own date for readers: "dated 7 November 2023", "dated May 2024", "undated". */
export function formatSourceDate(date: string): string {
  if (date === 'undated') return 'undated';
  const [y, m, d] = date.split('-');
  if (d) return `dated ${formatDay(date)}`;
  if (m) return `dated ${MONTHS[Number(m) - 1]} ${y}`;
  return `dated ${y}`;
}

export function isOverdue(fact: Pick<Provenance, 'reviewBy'>, today: string): boolean {
  return fact.reviewBy < today;
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-11-25" → "25 Nov 2026" (for inline provenance). */
export function formatDayShort(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${SHORT_MONTHS[(m ?? 1) - 1]} ${y}`;
}
