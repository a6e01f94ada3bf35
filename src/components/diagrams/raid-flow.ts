/**
 * What the RAID flow diagram says, in one place. RaidFlow.astro draws its SVG
 * from these objects and renders its text version with raidText(), and
 * tests/unit/diagrams.test.ts checks them against the guide:
 * - the risk responses, type changes and review rhythm against
 *   src/content/docs/guide/risk-management.mdx, where the diagram sits;
 * - the response each other type gets against the worked RAID log in
 *   src/content/docs/guide/tools-and-habits.mdx, which the risk chapter
 *   points to for entries of each type.
 *
 * Only risks get the named risk responses. An issue gets an action, an
 * assumption a check, a dependency an owner in the team that provides it and
 * a need-by date.
 *
 * `source` fields are the chapters' own words; they are never shown.
 */

export const RAID_CHAPTER = 'src/content/docs/guide/risk-management.mdx';
export const RAID_ENTRIES_CHAPTER = 'src/content/docs/guide/tools-and-habits.mdx';

export type TypeName = 'Risk' | 'Assumption' | 'Issue' | 'Dependency';

export interface EntryType {
  type: TypeName;
  meaning: string;
  /** The response's name, as the worked RAID log labels it. */
  response: string;
  /** What the response involves, as drawn. */
  detail: string;
  /** The chapter's words for this type's response. */
  source: string;
  /** Risks only: the responses to choose one from. */
  threat?: readonly string[];
  opportunity?: readonly string[];
  /** How the item changes type, drawn as a dashed arrow. */
  becomes: { to: string; when: string; source: string };
}

export const TYPES: readonly EntryType[] = [
  {
    type: 'Risk',
    meaning: 'might happen',
    response: 'Risk response',
    detail: 'Scored probability × impact, then given one main response and an owner.',
    source: 'Each threat gets one main',
    threat: ['Avoid', 'Reduce', 'Transfer', 'Accept'],
    opportunity: ['Exploit', 'Enhance', 'Share', 'Accept'],
    becomes: { to: 'Issue', when: 'if it happens', source: 'A risk that happens becomes an issue' },
  },
  {
    type: 'Assumption',
    meaning: 'treated as true',
    response: 'Validate',
    detail: 'A check: how you will find out whether it holds, and by when.',
    source: 'so it gets a check: how and by when you will find out',
    becomes: { to: 'Issue or risk', when: 'if it proves false', source: 'if it proves false it becomes an issue or creates a risk' },
  },
  {
    type: 'Issue',
    meaning: 'happening now',
    response: 'Action',
    detail: 'An action, with an owner and a date.',
    source: 'so it gets an action, an owner and a date',
    becomes: { to: 'New risks', when: 'often, once it is fixed', source: 'fixing an issue often creates new risks' },
  },
  {
    type: 'Dependency',
    meaning: 'needed from outside',
    response: 'Needed by',
    detail: 'An owner in the team that provides it, and the date you need it by.',
    source: 'so it gets the name of whoever provides it and the date you need it by',
    becomes: { to: 'Risk', when: 'the moment its date looks doubtful', source: 'is a risk the moment its date looks doubtful' },
  },
];

/** How often the log is reviewed. */
export const REVIEW = {
  active: 'weekly',
  all: 'fortnightly',
  source: 'weekly for the active items, fortnightly for everything',
} as const;

export const EXITS = {
  closed: 'when resolved',
  escalated: 'beyond the project’s authority',
  source: "beyond your project's authority",
} as const;

/** One line per type of what its response is, as drawn in the response box. */
export function responseLines(t: EntryType): string[] {
  if (!t.threat || !t.opportunity) return [t.detail];
  return [t.detail, `Threat: ${listOr(t.threat)}.`, `Opportunity: ${listOr(t.opportunity)}.`];
}

const listOr = (xs: readonly string[]) => (xs.length < 2 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} or ${xs.at(-1)}`).toLowerCase();
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export interface TextItem {
  lead: string;
  rest: string;
  sub?: TextItem[];
}

/** The diagram's text version. */
export function raidText(): { steps: TextItem[]; changes: string[] } {
  return {
    steps: [
      { lead: 'Raised by anyone', rest: ' on or around the project: team, supplier, user or sponsor → logged.' },
      {
        lead: 'Logged in the RAID log',
        rest: ' as one of four types, and each type gets the response that fits it:',
        sub: TYPES.map((t) => ({
          lead: `${t.type}`,
          rest: ` (${t.meaning}) → ${t.response.toLowerCase()}. ${responseLines(t).join(' ')}`,
        })),
      },
      {
        lead: 'Reviewed by its owner',
        rest: `: ${REVIEW.active} for active items, ${REVIEW.all} for the whole log. Still open → reviewed again. Resolved → closed. ${cap(EXITS.escalated)} → escalated.`,
      },
    ],
    changes: TYPES.map((t) => `${t.type.toLowerCase()} → ${t.becomes.to.toLowerCase()}, ${t.becomes.when}`),
  };
}
