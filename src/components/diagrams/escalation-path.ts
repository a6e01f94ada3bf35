/**
 * What the escalation path says, in one place. EscalationPath.astro draws its
 * SVG from these objects and renders its text version with escalationText();
 * tests/unit/diagrams.test.ts checks the levels, triggers, timeframes and the
 * list of what to bring against the chapters.
 *
 * The project board and the steering committee are one body (PRINCE2 calls it
 * the project board, many organisations the steering committee), so they sit
 * on one level; above it is the programme or portfolio board.
 *
 * `source` fields are the chapters' own words; they are never shown.
 */

export const ESCALATION_CHAPTER = 'src/content/docs/guide/stakeholders-and-reporting.mdx';
export const RISK_CHAPTER = 'src/content/docs/guide/risk-management.mdx';

export interface Quote {
  chapter: string;
  words: string;
}

export interface Level {
  /** As drawn, one string a line. */
  head: readonly string[];
  /** As written mid-sentence in the text version. */
  inSentence: string;
  role: string;
}

export interface Step {
  /** What sends a problem up from this level to the next. */
  when: string;
  /** How fast it goes up. */
  time: string;
  whenSource: Quote;
  timeSource: Quote;
}

/** Bottom to top. */
export const LEVELS: readonly Level[] = [
  { head: ['Team member'], inSentence: 'a team member', role: 'raises a problem early' },
  { head: ['Project manager'], inSentence: 'the project manager', role: 'decides within agreed tolerances' },
  {
    head: ['Sponsor and project board', '(the steering committee)'],
    inSentence: 'the sponsor and the project board, which many organisations call the steering committee',
    role: 'sets the project manager’s tolerances',
  },
  { head: ['Programme or portfolio board'], inSentence: 'a programme or portfolio board', role: 'decides across projects' },
];

/** STEPS[i] takes a problem from LEVELS[i] to LEVELS[i + 1]. */
export const STEPS: readonly Step[] = [
  {
    when: 'it threatens a task’s finish by more than a few days',
    time: 'Early, as soon as it is seen',
    whenSource: { chapter: ESCALATION_CHAPTER, words: "threatens a task's finish by more than a few days" },
    timeSource: { chapter: ESCALATION_CHAPTER, words: 'is early, written and short' },
  },
  {
    when: 'it is forecast to breach tolerance on time, cost or scope',
    time: 'The sponsor hears within one working day',
    whenSource: { chapter: ESCALATION_CHAPTER, words: 'A forecast breach of project tolerance goes to the sponsor and the project board' },
    timeSource: { chapter: RISK_CHAPTER, words: 'the sponsor hears within one working day' },
  },
  {
    when: 'the fix is beyond the board’s limits, or touches other projects',
    time: 'Early, with a decision date',
    whenSource: { chapter: ESCALATION_CHAPTER, words: "A fix beyond the board's limits, or one touching other projects" },
    timeSource: { chapter: ESCALATION_CHAPTER, words: 'a recommendation and a decision date' },
  },
];

/** What every escalation carries, in the chapter's order. */
export const BRING: readonly string[] = ['Facts', 'Impact against tolerance', 'Options with costs', 'A recommendation', 'A decision date'];
export const BRING_SOURCE: Quote = {
  chapter: ESCALATION_CHAPTER,
  words: 'facts, impact against tolerance, options with costs, a recommendation and a decision date',
};

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

export interface TextItem {
  lead: string;
  rest: string;
}

/** The diagram's text version: one item per level, bottom up, then what to bring. */
export function escalationText(): { intro: string; levels: TextItem[]; bring: string } {
  const n = WORDS[LEVELS.length] ?? String(LEVELS.length);
  return {
    intro: `${n.charAt(0).toUpperCase() + n.slice(1)} levels, from the bottom up; a problem goes up one level at a time.`,
    levels: LEVELS.map((l, i) => {
      const s = STEPS[i];
      const next = LEVELS[i + 1];
      const up = s && next ? ` When ${s.when}, it goes up to ${next.inSentence}. How fast: ${lower(s.time)}.` : '';
      return { lead: l.head.join(' '), rest: `: ${l.role}.${up}` };
    }),
    bring: `At every step up, bring ${WORDS[BRING.length] ?? BRING.length} things: ${BRING.slice(0, -1).map(lower).join(', ')} and ${lower(BRING.at(-1) ?? '')}.`,
  };
}
