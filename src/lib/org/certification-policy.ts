/**
 * An organisation's certification policy in the chooser: which credentials it
 * funds, prefers or does not support. Pure. The chooser island gets the
 * policy in its JSON block (key `certificationPolicy`) and ranks with
 * `topPicksWithPolicy` instead of `topPicks`; the server renders the same
 * badges in the comparison table and on each credential's page.
 */
import { topPicks, type Adjust, type CertInput, type Pick } from '../certs/engine.ts';
import type { Profile } from '../certs/profile.ts';
import type { CertificationPolicyData, CertPolicyEntry, CertPolicyStatus } from './types.ts';

/** Points added to a credential's score when the policy ranks (ranking: "policy"). Funding alone does not move it. */
export const POLICY_SCORE: Record<CertPolicyStatus, number> = {
  funded: 0,
  preferred: 30,
  'funded-and-preferred': 30,
  'not-supported': -30,
};

const BADGES: Record<CertPolicyStatus, string> = {
  funded: 'Funded',
  preferred: 'Preferred',
  'funded-and-preferred': 'Funded and preferred',
  'not-supported': 'Not supported',
};

const STATUSES = new Set<string>(Object.keys(BADGES));

/** The policy for one credential, or null. Safe with any id ("constructor" finds nothing). */
export function policyFor(policy: CertificationPolicyData | null | undefined, certId: string): CertPolicyEntry | null {
  if (!policy || typeof policy.credentials !== 'object' || policy.credentials === null) return null;
  if (!Object.hasOwn(policy.credentials, certId)) return null;
  const entry = policy.credentials[certId];
  return entry && STATUSES.has(entry.status) ? entry : null;
}

/** The badge's words: "Funded", "Preferred", "Funded and preferred" or "Not supported". */
export function policyBadge(status: CertPolicyStatus): string {
  return BADGES[status];
}

/** The sentence the chooser gives as a reason, e.g. "Preferred and funded by Northwind Logistics, so it ranks higher here." */
export function policyReason(policy: CertificationPolicyData | null | undefined, certId: string): string | null {
  const entry = policyFor(policy, certId);
  if (!entry) return null;
  const org = policy!.organisation;
  const ranks = policy!.ranking === 'policy';
  let sentence: string;
  switch (entry.status) {
    case 'funded':
      sentence = `Funded by ${org}.`;
      break;
    case 'preferred':
      sentence = ranks ? `Preferred by ${org}, so it ranks higher here.` : `Preferred by ${org}.`;
      break;
    case 'funded-and-preferred':
      sentence = ranks ? `Preferred and funded by ${org}, so it ranks higher here.` : `Preferred and funded by ${org}.`;
      break;
    case 'not-supported':
      sentence = ranks ? `Not supported by ${org}, so it ranks lower here.` : `Not supported by ${org}.`;
      break;
  }
  return entry.note ? `${sentence} ${entry.note}` : sentence;
}

/** The least a ranked pick must have for the policy to adjust it (the engine's Pick has more). */
export interface RankedPick {
  cert: { id: string; short: string };
  score: number;
  reasons: string[];
  /** Set when the engine never picks it (held, covered, far off, outgrown): it stays at the end whatever the policy. */
  excluded?: false | string;
}

/**
 * The ranked list with the policy applied: each credential the policy names
 * gets its reason first, and with ranking "policy" its score moves by
 * POLICY_SCORE before the list is sorted again (same order rule as the engine:
 * score, then short name). Returns new objects; the input is not changed.
 */
export function applyCertificationPolicy<P extends RankedPick>(picks: readonly P[], policy: CertificationPolicyData | null | undefined): P[] {
  if (!policy) return [...picks];
  return picks
    .map((p) => {
      const entry = policyFor(policy, p.cert.id);
      const reason = policyReason(policy, p.cert.id);
      if (!entry || !reason) return p;
      const score = policy.ranking === 'policy' ? p.score + POLICY_SCORE[entry.status] : p.score;
      return { ...p, score, reasons: [reason, ...p.reasons] };
    })
    .sort((a, b) => Number(!!a.excluded) - Number(!!b.excluded) || b.score - a.score || a.cert.short.localeCompare(b.cert.short));
}

/** The engine's hook for a policy: pass it to topPicks and answerAll (undefined when there is no policy). */
export function policyAdjust(policy: CertificationPolicyData | null | undefined): Adjust | undefined {
  return policy ? (ranked) => applyCertificationPolicy(ranked, policy) : undefined;
}

/** Like the engine's topPicks, with the organisation's policy applied before the top ones are taken. */
export function topPicksWithPolicy(certs: CertInput[], profile: Profile, policy: CertificationPolicyData | null | undefined, count = 5): Pick[] {
  return topPicks(certs, profile, count, policyAdjust(policy));
}
