/**
 * A credential's renewal rule as structured data (the `renewalRule` of a
 * certification file), and the rules that keep it honest. A structured rule
 * is only ever the issuer's confirmed words put into fields: it names the
 * confirmed fact it structures (normally `renewal`), takes its provenance
 * from that fact, and every number, unit, area and quoted phrase in it must
 * appear in that fact's value. Where no issuer confirms the renewal rule
 * there is no structured rule, and readers are told it is not confirmed.
 * Pure: used by the schema (src/schemas/certification.ts), the open data and
 * src/lib/renewals.ts.
 */

/** What learning is counted in, as each issuer names it. */
export const RENEWAL_UNITS = ['PDUs', 'SEUs', 'CEUs', 'CPD hours'] as const;
export type RenewalUnit = (typeof RENEWAL_UNITS)[number];

/** A part of the requirement: at least `min` units in the area, or at most `max` of them counted. */
export interface RenewalArea {
  name: string;
  min?: number | undefined;
  max?: number | undefined;
}

/** The part of a rule the renewal arithmetic needs. */
export interface RenewalRuleCore {
  /** Length of one cycle in whole years; a cycle starts on the day the credential was earned and on each anniversary. */
  cycleYears: number;
  /** The unit learning is counted in, when the issuer asks for a number of them. */
  units?: RenewalUnit | undefined;
  /** How many units a cycle needs (with `units`). */
  unitsRequired?: number | undefined;
  /** Minimums and maximums per area, only where the issuer's page gives them. */
  areas?: readonly RenewalArea[] | undefined;
}

/** The whole rule as it is written in a certification file. */
export interface RenewalRule extends RenewalRuleCore {
  /** The id of the confirmed fact this rule structures ("renewal" unless stated). */
  fact: string;
  areas: RenewalArea[];
  /** Words from the fact about the fee, e.g. "a US$100 fee". */
  fee?: string | undefined;
  /** Another fact of the same credential that gives the renewal fee (shown with its own status). */
  feeFact?: string | undefined;
  /** Other ways that renew it, in the fact's words, e.g. "earning another Scrum Alliance certification". */
  routes: string[];
  /** Conditions on the learning that no arithmetic can check, in the fact's words, e.g. "in project scheduling". */
  conditions: string[];
  /** The editors' note on what the structured rule assumes (for readers). */
  note?: string | undefined;
}

export interface RuleFact {
  id: string;
  status: string;
  value: string | null;
}

export interface RuleIssue {
  path: Array<string | number>;
  message: string;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

const UNIT_WORDS: Record<RenewalUnit, RegExp[]> = {
  PDUs: [/\bPDUs?\b/],
  SEUs: [/\bSEUs?\b|\bScrum Education Units?\b/i],
  CEUs: [/\bCEUs?\b|\bcontinuing education units?\b/i],
  'CPD hours': [/\bCPD\b/, /\bhours?\b/i],
};

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
const hasNumber = (text: string, n: number) => new RegExp(`(^|[^\\d.,])${String(n).replace('.', '\\.')}(?![\\d]|[.,]\\d)`).test(text);

/** True when the words give a cycle of `years` years ("every three years", "two-year cycle", "a year"). */
export function statesCycle(text: string, years: number): boolean {
  const t = normalise(text);
  if (years === 1) return /\b(a|one|1|each|every|per) year\b|\bannual(ly)?\b|\byearly\b/.test(t);
  const word = NUMBER_WORDS[years];
  return new RegExp(`\\b(${word ? `${word}|` : ''}${years})[ -]years?\\b`).test(t);
}

/**
 * Everything wrong with a rule against the facts of its credential: the fact
 * it structures must exist and be confirmed, and every number, unit, area and
 * quoted phrase must appear in that fact's words. Paths are relative to the
 * rule; the schema prefixes "renewalRule".
 */
export function renewalRuleIssues(rule: RenewalRule, facts: readonly RuleFact[], issuer: string): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const fact = facts.find((f) => f.id === rule.fact);
  if (!fact) return [{ path: ['fact'], message: `names "${rule.fact}", which is not a fact of this credential` }];
  if (fact.status !== 'confirmed' || fact.value === null) {
    return [
      {
        path: ['fact'],
        message: `names "${rule.fact}", whose status is "${fact.status}": a structured renewal rule needs a fact confirmed by the issuer; remove renewalRule (readers are told the rule is not confirmed by ${issuer})`,
      },
    ];
  }
  const words = fact.value;
  const inWords = (phrase: string) => normalise(words).includes(normalise(phrase));
  const quoted = `the words of fact "${rule.fact}"`;

  if (!statesCycle(words, rule.cycleYears)) issues.push({ path: ['cycleYears'], message: `(${rule.cycleYears}) is not the cycle stated in ${quoted}` });
  if ((rule.units === undefined) !== (rule.unitsRequired === undefined)) {
    issues.push({
      path: [rule.units === undefined ? 'units' : 'unitsRequired'],
      message: 'is required when the other of "units" and "unitsRequired" is given',
    });
  }
  if (rule.units !== undefined && !UNIT_WORDS[rule.units].every((re) => re.test(words))) {
    issues.push({ path: ['units'], message: `("${rule.units}") is not the unit named in ${quoted}` });
  }
  if (rule.unitsRequired !== undefined && !hasNumber(words, rule.unitsRequired)) {
    issues.push({ path: ['unitsRequired'], message: `(${rule.unitsRequired}) does not appear in ${quoted}` });
  }
  if (rule.areas.length > 0 && rule.unitsRequired === undefined)
    issues.push({ path: ['areas'], message: 'needs "units" and "unitsRequired": an area is a part of a number of units' });
  const names = new Set<string>();
  let minimums = 0;
  rule.areas.forEach((area, i) => {
    const key = normalise(area.name);
    if (names.has(key)) issues.push({ path: ['areas', i, 'name'], message: `"${area.name}" is listed twice` });
    names.add(key);
    if (!inWords(area.name)) issues.push({ path: ['areas', i, 'name'], message: `("${area.name}") does not appear in ${quoted}` });
    if (area.min === undefined && area.max === undefined) issues.push({ path: ['areas', i], message: 'needs "min" or "max"' });
    for (const bound of ['min', 'max'] as const) {
      const n = area[bound];
      if (n === undefined) continue;
      if (!hasNumber(words, n)) issues.push({ path: ['areas', i, bound], message: `(${n}) does not appear in ${quoted}` });
      if (rule.unitsRequired !== undefined && n > rule.unitsRequired)
        issues.push({ path: ['areas', i, bound], message: `(${n}) is more than unitsRequired (${rule.unitsRequired})` });
    }
    if (area.min !== undefined && area.max !== undefined && area.min > area.max)
      issues.push({ path: ['areas', i, 'min'], message: `(${area.min}) is more than "max" (${area.max})` });
    minimums += area.min ?? 0;
  });
  if (rule.unitsRequired !== undefined && minimums > rule.unitsRequired) {
    issues.push({ path: ['areas'], message: `ask for ${minimums} units in all, more than unitsRequired (${rule.unitsRequired})` });
  }
  if (rule.fee !== undefined && !inWords(rule.fee)) issues.push({ path: ['fee'], message: `("${rule.fee}") is not quoted from ${quoted}` });
  rule.routes.forEach((r, i) => {
    if (!inWords(r)) issues.push({ path: ['routes', i], message: `("${r}") is not quoted from ${quoted}` });
  });
  rule.conditions.forEach((c, i) => {
    if (!inWords(c)) issues.push({ path: ['conditions', i], message: `("${c}") is not quoted from ${quoted}` });
  });
  if (rule.feeFact !== undefined) {
    if (rule.feeFact === rule.fact) issues.push({ path: ['feeFact'], message: `is the rule's own fact "${rule.fact}": quote its words in "fee" instead` });
    else if (!facts.some((f) => f.id === rule.feeFact))
      issues.push({ path: ['feeFact'], message: `names "${rule.feeFact}", which is not a fact of this credential` });
  }
  return issues;
}

// ---- What the career plan needs about one credential's renewal ----------------

export interface RenewalFactView {
  id: string;
  label: string;
  status: 'confirmed' | 'reported' | 'not-found';
  value: string | null;
  note?: string | undefined;
  source: { url: string; publisher: string } | null;
  checked: string;
  reviewBy: string;
}

export interface RenewalInfo {
  /** The certification id. */
  id: string;
  short: string;
  name: string;
  /** The issuer as the guide names it, and its own page for the credential. */
  issuer: string;
  issuerUrl: string;
  /** The structured rule, or null: then the UI says the rule is "not confirmed by" the issuer and links issuerUrl. */
  rule: RenewalRule | null;
  /** The renewal fact as the guide shows it (its words and provenance), or null if the credential has none. */
  fact: RenewalFactView | null;
  /** The fact giving the renewal fee (rule.feeFact), with its own status, or null. */
  feeFact: RenewalFactView | null;
}

interface CertLike {
  id: string;
  short: string;
  name: string;
  issuer: { url: string; publisher: string };
  facts: ReadonlyArray<
    RuleFact & { label: string; note?: string | undefined; source: { url: string; publisher: string } | null; checked: string; reviewBy: string }
  >;
  renewalRule?: RenewalRule | undefined;
}

const view = (f: CertLike['facts'][number] | undefined): RenewalFactView | null =>
  f
    ? {
        id: f.id,
        label: f.label,
        status: f.status as RenewalFactView['status'],
        value: f.value,
        ...(f.note ? { note: f.note } : {}),
        source: f.source ? { url: f.source.url, publisher: f.source.publisher } : null,
        checked: f.checked,
        reviewBy: f.reviewBy,
      }
    : null;

/**
 * One credential's renewal as the career plan uses it (small enough to embed
 * in the page as JSON for every credential): the rule where the issuer
 * confirms it, the renewal fact's words and provenance, and the fee fact.
 */
export function renewalInfo(cert: CertLike): RenewalInfo {
  const rule = cert.renewalRule ?? null;
  const fact = cert.facts.find((f) => f.id === (rule?.fact ?? 'renewal'));
  return {
    id: cert.id,
    short: cert.short,
    name: cert.name,
    issuer: cert.issuer.publisher,
    issuerUrl: cert.issuer.url,
    rule: rule && fact?.status === 'confirmed' ? rule : null,
    fact: view(fact),
    feeFact: view(rule?.feeFact ? cert.facts.find((f) => f.id === rule.feeFact) : undefined),
  };
}
