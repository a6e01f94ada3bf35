/**
 * What the delivery-models diagram says about hybrid delivery, in one place.
 * DeliveryModels.astro draws the hybrid lane from these objects and renders
 * its text version with deliveryText(); tests/unit/diagrams.test.ts checks the
 * gates and the tolerance example against the chapter
 * (src/content/docs/guide/delivery-models.mdx, "Hybrid: agile teams inside
 * governance").
 *
 * The chapter warns against a hybrid that front-loads requirements and ends
 * with one big test: so every stage here works in sprints, each sprint ends
 * with a tested increment, and there is no separate test phase.
 */

export const DELIVERY_CHAPTER = 'src/content/docs/guide/delivery-models.mdx';

export interface Gate {
  n: number;
  /** Written under the gate in the drawing. */
  short: string;
  /** What the gate decides, for the text version. */
  decides: string;
  /** The chapter's words for what this gate checks; the test finds each in the chapter's sentence about this gate. */
  words: readonly string[];
}

export const GATES: readonly Gate[] = [
  { n: 1, short: 'Funding', decides: 'approves the business case and the funding envelope', words: ['business case', 'funding envelope'] },
  {
    n: 2,
    short: 'Ready to build',
    decides: 'confirms the architecture, the security approach and the team are ready to build',
    words: ['architecture', 'security approach', 'team', 'ready to build'],
  },
  {
    n: 3,
    short: 'Release',
    decides: 'comes before release to real users and checks test results, operational readiness and the go/no-go criteria',
    words: ['release to real users', 'test results', 'operational readiness', 'go/no-go'],
  },
  { n: 4, short: 'Close', decides: 'closes the project and hands benefits tracking to the business', words: ['closes the project', 'benefits tracking'] },
];

export interface Stage {
  /** The gate that opens this stage; the next gate closes it. */
  after: number;
  name: string;
  /** As written mid-sentence in the text version. */
  inSentence: string;
  /** Sprint numbers run in this stage. */
  sprints: readonly number[];
  /** Whether this stage's increments go to real users. */
  released: boolean;
}

export const STAGES: readonly Stage[] = [
  { after: 1, name: 'Set up', inSentence: 'set-up stage', sprints: [1], released: false },
  { after: 2, name: 'Build', inSentence: 'build stage', sprints: [2, 3, 4], released: false },
  { after: 3, name: 'Release to users', inSentence: 'release stage, with real users', sprints: [5], released: true },
];

/** The chapter's example of tolerances a board sets between gates. */
export const TOLERANCE = { cost: '±10% on cost', time: 'two weeks on the end date' } as const;

export const HYBRID = {
  value: 'an increment every sprint, tested as it is built; real users get them in releases once gate 3 approves',
  change: `backlog inside tolerance, for example ${TOLERANCE.cost} and ${TOLERANCE.time}; the board beyond it`,
} as const;

export interface TextItem {
  lead: string;
  rest: string;
}

/** The diagram's text version: one item per model, then the key. */
export function deliveryText(): TextItem[] {
  const stages = STAGES.map((s) => {
    const sprints = s.sprints.map((n) => `sprint ${n}`).join(' → ');
    const ending = s.sprints.length > 1 ? 'each ending' : 'ending';
    return `gate ${s.after} → ${s.inSentence} (${sprints}, ${ending} with a tested increment)`;
  });
  const n = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'][GATES.length] ?? String(GATES.length);
  const last = GATES.at(-1);
  return [
    {
      lead: 'Predictive (waterfall).',
      rest:
        ' Phases in order over time: requirements → design → build → test → deploy. Value: all of it lands once, at the end, ' +
        'after deploy. Change: a change control board (CCB) decides on each change request.',
    },
    {
      lead: 'Agile (for example Scrum).',
      rest:
        ' Repeated sprints over time: sprint 1 → sprint 2 → sprint 3 → … Value: each sprint ends with a usable increment. ' +
        'Change: the backlog is reprioritised before every sprint.',
    },
    {
      lead: 'Hybrid.',
      rest:
        ` ${n.charAt(0).toUpperCase() + n.slice(1)} gates, with sprints in every stage between them and no separate test phase at the end: ` +
        `${stages.join(' → ')} → gate ${last?.n ?? ''}. ` +
        GATES.map((g) => `Gate ${g.n} ${g.decides}.`).join(' ') +
        ` Value: ${HYBRID.value}. Change: ${HYBRID.change}.`,
    },
    {
      lead: 'Key:',
      rest:
        ' a diamond marks a usable increment; a “Gate” pill on a dashed line is a governance checkpoint where the project ' +
        'goes on or stops; a dashed box is a stage between two gates.',
    },
  ];
}
