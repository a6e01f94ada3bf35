/**
 * Prose rules for the guide's chapters, shared by scripts/prose-lint.mjs and
 * the content-integrity check. Pure: MDX source text in, findings out.
 */

export const MIN_WORDS = 1000;
export const MAX_WORDS = 2600;
/** "X, not Y" and its relatives: a handful in the whole guide at most. */
export const MAX_CONTRASTS = 8;

export interface ContrastHit {
  line: number;
  text: string;
}

export interface ChapterReport {
  /** Words of reader-facing prose (frontmatter, imports, code and tags removed; Term text kept). */
  words: number;
  /** "X, not Y" and "rather than" constructions, with their line numbers. */
  contrasts: ContrastHit[];
  /** Hard failures: spelling, "résumé", missing outcomes or exercise, literal credential figures. */
  problems: string[];
  /** Notes that an example is invented (at most one). */
  inventedNotes: number;
  /** Asides about list order (none allowed). */
  listOrderAsides: string[];
  /** True when the chapter opens with <Outcomes>. */
  hasOutcomes: boolean;
  /** True when the last level-2 heading starts with "Exercise". */
  hasExercise: boolean;
}

/** US spellings the guide avoids (British spelling throughout). Proper names are allowed by the lookarounds. */
const AMERICAN: Array<[RegExp, string]> = [
  [
    /\b(organiz|recogniz|prioritiz|realiz|summariz|analyz|minimiz|maximiz|standardiz|optimiz|emphasiz|categoriz|characteriz|finaliz|utiliz|apologiz|authoriz|centraliz|customiz|familiariz|visualiz|specializ|mobiliz|normaliz|criticiz|memoriz|stabiliz|synchroniz|digitiz|formaliz|jeopardiz)(e|es|ed|ing|ation|ations|er|ers)\b/gi,
    'use -ise spelling',
  ],
  [
    /\b(color|colors|colored|behavior|behaviors|favor|favors|favorite|honor|neighbor|center|centers|centered|catalog|catalogs|modeling|traveling|traveled|canceled|canceling|fulfill|fulfills|enroll|enrolls|enrollment|defense|labeled|labeling|judgment|offense)\b/g,
    'British spelling',
  ],
  [/(?<!Department of |Bureau of )\bLabor\b(?! Statistics)/g, 'British spelling "labour" (except in US body names)'],
  [/\bprograms?\b(?! Management Professional| Evaluation and Review Technique)/gi, 'British "programme" (except the PgMP\'s name and software programs)'],
];

/** A note that an example is made up: at most one per chapter (the about page says once that examples are composites). */
export const INVENTED_NOTE = /\b(?:invented|fictional|fictitious|imaginary|made[- ]up)\b/gi;
export const MAX_INVENTED_NOTES = 1;
/** Asides about the order of a list ("the one that surprises newcomers most comes first"): none. */
export const LIST_ORDER_ASIDE =
  /\b(?:in no particular order|listed (?:by|in order of)|in order of (?:importance|frequency|how often|likelihood)|the one (?:that|which|you)[^.]{0,60}?\b(?:comes?|is|goes) (?:first|last)|(?:starts?|begins?|ends?|finishes) with the one)/gi;

const FIGURE_PATTERNS: Array<[RegExp, string]> = [
  [/\b\d[\d,]*\s*PDUs?\b/g, 'a PDU count belongs in <CertFact>'],
  [/\b\d[\d,]*\s+(?:multiple-choice\s+)?questions\b/g, 'an exam length belongs in <CertFact>'],
];

/** Removes frontmatter, imports, code and tags, keeping the text inside tags. */
export function proseText(source: string): string {
  return source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^import .*$/gm, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/<(CertFact|MarketFigure)\b[^>]*\/>/g, ' FACT ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*\|?\s*-{3,}[\s|:-]*$/gm, ' ')
    .replace(/[#*_>|`]/g, ' ');
}

export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).length;
}

export function analyseChapter(source: string): ChapterReport {
  const problems: string[] = [];
  const contrasts: ContrastHit[] = [];
  const lines = source.split('\n');
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  const bodyOffset = source.length - body.length;
  const lineOf = (index: number) => source.slice(0, index).split('\n').length;

  lines.forEach((line, i) => {
    if (/^import |^\s*(title|description):/.test(line)) return;
    const plain = line.replace(/<(CertFact|MarketFigure)\b[^>]*\/>/g, '');
    for (const m of plain.matchAll(
      /[^.!?]*(?:,\s+not\s+(?!only\b|just\b|least\b|all\b|every\b|always\b)|\brather than\b|\binstead of\b|[—–-]\s+not\s|\bnot\b[^.;:,]{1,40},?\s+but\b|\bisn[’']t\b[^.;]{1,50}[;,—]\s+it[’']s\b)[^.!?]*/gi,
    )) {
      contrasts.push({ line: i + 1, text: m[0].trim().slice(0, 120) });
    }
  });

  const prose = proseText(source);
  for (const [pattern, why] of AMERICAN) {
    if (!why) continue;
    for (const m of body.matchAll(pattern)) {
      problems.push(`line ${lineOf(bodyOffset + (m.index ?? 0))}: "${m[0]}": ${why}`);
    }
  }
  for (const m of body.matchAll(/résumé|resumé/gi)) {
    problems.push(`line ${lineOf(bodyOffset + (m.index ?? 0))}: "${m[0]}": say CV`);
  }
  const withoutFacts = body.replace(/<(CertFact|MarketFigure)\b[^>]*\/>/g, '');
  for (const [pattern, why] of FIGURE_PATTERNS) {
    for (const m of withoutFacts.matchAll(pattern)) problems.push(`"${m[0]}": ${why}`);
  }

  const firstContent = body
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('import '))[0];
  const hasOutcomes = firstContent?.startsWith('<Outcomes') ?? false;
  const h2s = [...body.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
  const hasExercise = h2s.length > 0 && /^Exercise\b/.test(h2s.at(-1)!);
  if (!hasOutcomes) problems.push('the chapter must open with <Outcomes> (what the reader will be able to do)');
  if (!hasExercise) problems.push('the last "## " section must be the exercise ("## Exercise: …")');

  const inventedNotes = (prose.match(INVENTED_NOTE) ?? []).length;
  if (inventedNotes > MAX_INVENTED_NOTES)
    problems.push(`has ${inventedNotes} notes that an example is invented; at most ${MAX_INVENTED_NOTES} (the about page says examples are composites)`);
  const listOrderAsides = [...prose.matchAll(LIST_ORDER_ASIDE)].map((m) => m[0]);
  for (const a of listOrderAsides) problems.push(`"${a}": an aside about the order of a list; let the list speak`);
  const words = countWords(prose);
  if (words < MIN_WORDS) problems.push(`has ${words} words of prose; a chapter needs at least ${MIN_WORDS}`);
  if (words > MAX_WORDS) problems.push(`has ${words} words of prose; a chapter may have at most ${MAX_WORDS}`);
  if (!/^description:\s*\S/m.test(source.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '')) problems.push('needs a description in its frontmatter');

  return { words, contrasts, problems, hasOutcomes, hasExercise, inventedNotes, listOrderAsides };
}
