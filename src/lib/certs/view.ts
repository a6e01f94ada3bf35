/**
 * What the chooser shows, as plain data: the same view model feeds the
 * server-rendered default results and the island's live ones, so both say
 * the same words. Pure.
 */
import type { Answer, Pick, Verdict } from './engine.ts';

export const VERDICT_GROUPS = [
  { id: 'now', label: 'Eligible now' },
  { id: 'soon', label: 'Eligible within a year' },
  { id: 'later', label: 'Eligible in one to four years' },
  { id: 'first', label: 'Needs another credential first' },
  { id: 'check', label: 'Ask the issuer' },
  { id: 'far', label: 'Not open to you yet' },
  { id: 'done', label: 'Held or covered' },
] as const;
export type VerdictGroup = (typeof VERDICT_GROUPS)[number]['id'];

export function groupOf(v: Verdict['kind']): VerdictGroup {
  switch (v) {
    case 'eligible':
      return 'now';
    case 'soon':
      return 'soon';
    case 'later':
      return 'later';
    case 'needs-credential':
      return 'first';
    case 'check':
      return 'check';
    case 'not-aimed':
      return 'far';
    default:
      return 'done';
  }
}

export interface ViewCert {
  id: string;
  short: string;
  name: string;
  href: string;
  body: string;
  terms: string[];
}

/** An organisation's policy for a credential, as a badge: status for styling, words to show. */
export interface PolicyBadge {
  status: string;
  label: string;
}

export interface PickView {
  policy: PolicyBadge | null;
  id: string;
  rank: number;
  name: string;
  short: string;
  href: string;
  verdictKind: Verdict['kind'];
  verdict: string;
  reasons: string[];
  lift: string | null;
  facts: string[];
  next: string;
  terms: Array<{ id: string; name: string }>;
}

export function pickView(p: Pick, rank: number, cert: ViewCert, termNames: Record<string, string>, policy: PolicyBadge | null = null): PickView {
  return {
    policy,
    id: cert.id,
    rank,
    name: cert.name,
    short: cert.short,
    href: cert.href,
    verdictKind: p.eligibility.verdict.kind,
    verdict: p.verdict,
    reasons: p.reasons,
    lift: p.lift ?? null,
    facts: p.eligibility.facts,
    next: p.next,
    terms: cert.terms.filter((t) => termNames[t]).map((t) => ({ id: t, name: termNames[t]! })),
  };
}

export interface AnswerView {
  policy: PolicyBadge | null;
  id: string;
  short: string;
  name: string;
  href: string;
  body: string;
  group: VerdictGroup;
  verdict: string;
  reason: string;
  rank: number | null;
}

export function answerView(a: Answer, cert: ViewCert, policy: PolicyBadge | null = null): AnswerView {
  return {
    policy,
    id: cert.id,
    short: cert.short,
    name: cert.name,
    href: cert.href,
    body: cert.body,
    group: groupOf(a.verdict.kind),
    verdict: a.verdictText,
    reason: a.reason,
    rank: a.rank,
  };
}

/** The one-line summary above the form on narrow screens. */
export function summaryLine(picks: readonly PickView[]): string {
  const top = picks[0];
  if (!top) return 'No picks for these answers yet: the list of all credentials below says why each is left out.';
  return `Your top pick: ${top.name}. ${top.verdict}`;
}

/** The status line above the picks. */
export function statusLine(picks: readonly PickView[]): string {
  if (picks.length === 0) return 'No picks for this profile: you may already hold the credentials that fit it.';
  return picks.length === 1 ? 'One pick for your profile.' : `${picks.length} picks for your profile, best first.`;
}
