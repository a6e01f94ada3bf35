/**
 * Prose about a credential (its summary and notes, and the glossary entries
 * that name it) may not state as certain what its data marks unconfirmed:
 * if the renewal rule is "not-found", no summary may say the credential
 * "never expires". A sentence that says the claim is reported or
 * unconfirmed is allowed. Pure.
 */

/** What a sentence must mention to be a claim about each kind of fact. */
export const FACT_TOPICS: Readonly<Record<string, RegExp>> = {
  renewal: /\b(?:never expires?|does not expire|doesn['’]t expire|no renewal|lifetime|for life|expir\w*|renew\w*|recertif\w*|valid for)\b/i,
  fee: /(?:US\$|£|€|A\$|C\$)\s?\d|\bcosts? (?:about |around )?\d/i,
  exam: /\b\d+\s+(?:questions|minutes)\b|\bpass mark\b|\bto pass\b/i,
  'exam-change': /\bnew (?:exam|version)\b|\bexam (?:changed|changes)\b/i,
  'version-5': /\b(?:version 5|ITIL 5|ITIL \(Version 5\)|ITIL Version 5)\b/i,
  edition: /\b(?:7th|seventh|sixth|6th) edition\b/i,
};

const HEDGE = /\breported\b|\bnot (?:yet )?confirmed\b|\bunconfirmed\b|\bcheck\b/i;

export interface ClaimText {
  /** Where the text lives, for the message: "certifications/x.yaml field \"summary\"". */
  where: string;
  text: string;
  /** Only sentences that name the credential count (a glossary entry about something else that mentions it). */
  onlyNaming?: boolean;
}

export interface CredentialClaims {
  short: string;
  /** Fact ids whose status is not "confirmed" ("eligibility" included). */
  unconfirmed: readonly string[];
  texts: readonly ClaimText[];
}

const sentences = (text: string) => text.split(/(?<=[.!?;])\s+/).filter((s) => s.trim());

/** One message per sentence that states an unconfirmed fact as certain. */
export function unconfirmedClaims(c: CredentialClaims): string[] {
  const out: string[] = [];
  for (const { where, text, onlyNaming } of c.texts) {
    for (const sentence of sentences(text)) {
      if (HEDGE.test(sentence) || (onlyNaming && !sentence.includes(c.short))) continue;
      for (const id of c.unconfirmed) {
        const topic = FACT_TOPICS[id];
        if (topic?.test(sentence)) {
          out.push(
            `${where} states "${sentence.trim()}" as certain, but the ${c.short} fact "${id}" is not confirmed: say it is reported or not confirmed, or drop it`,
          );
        }
      }
    }
  }
  return out;
}
