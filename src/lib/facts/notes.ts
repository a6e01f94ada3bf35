/**
 * What a reader sees of a fact's provenance. In a sentence: the value in
 * plain words, one short clause when it is not confirmed, and a numbered
 * marker; the marker opens a source note (publisher, the source's own date,
 * the day it was checked, its status), and every note is listed again under
 * "Sources" at the end of the page. Pure: facts in, words out.
 */
import { formatDay, formatSourceDate, isOverdue, type Fact, type IssuerPage } from './provenance.ts';

/** The clause that follows an unconfirmed value in a sentence ("" when confirmed). */
export function statusClause(fact: Pick<Fact, 'status' | 'value'>, issuer: IssuerPage): string {
  if (fact.status === 'reported') return `reported, not yet confirmed by ${issuer.publisher}`;
  if (fact.status === 'not-found') return `not confirmed by ${issuer.publisher}`;
  return '';
}

export interface SourceNote {
  /** One note per fact and page: facts shown twice share a number. */
  key: string;
  status: Fact['status'];
  /** What the fact is, for the note's first words: "PMP: exam fee". */
  about: string;
  /** What a figure measures, when the value alone does not say (market figures). */
  measures?: string | undefined;
  /** A sentence on its status, written for each case. */
  statusText: string;
  source: { url: string; publisher: string; dated: string } | null;
  issuer: IssuerPage;
  checked: string;
  reviewBy: string;
  due: boolean;
  note?: string | undefined;
}

export function sourceNote(
  key: string,
  about: string,
  fact: Fact & { note?: string | undefined },
  issuer: IssuerPage,
  today: string,
  measures?: string,
): SourceNote {
  const src = fact.source;
  const statusText =
    fact.status === 'confirmed'
      ? `Confirmed on ${src?.publisher ?? issuer.publisher}’s own page.`
      : fact.status === 'reported'
        ? `Reported by ${src?.publisher ?? 'an independent publisher'}; not yet confirmed by ${issuer.publisher}.`
        : fact.value
          ? `Not confirmed by ${issuer.publisher}: no page of theirs that we could check states it, so check their page before you rely on it.`
          : `Not confirmed by ${issuer.publisher}: no page of theirs that we could check gives it.`;
  return {
    key,
    status: fact.status,
    about,
    measures,
    statusText,
    source: src ? { url: src.url, publisher: src.publisher, dated: formatSourceDate(src.date) } : null,
    issuer,
    checked: formatDay(fact.checked),
    reviewBy: formatDay(fact.reviewBy),
    due: isOverdue(fact, today),
    note: fact.note,
  };
}

/** True when a text holds a parenthesis inside another: "a (b (c) d)". */
export function hasNestedParentheses(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') {
      depth += 1;
      if (depth > 1) return true;
    } else if (ch === ')' && depth > 0) depth -= 1;
  }
  return false;
}
