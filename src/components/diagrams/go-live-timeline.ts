/**
 * Everything the go-live timeline says, in one place. GoLiveTimeline.astro
 * draws its SVG from these objects and renders its text version with
 * goLiveText(), so the picture and the words cannot disagree with each other;
 * tests/unit/diagrams.test.ts checks every timing here against the chapter
 * (src/content/docs/guide/go-live.mdx) and every timing there against this.
 *
 * `source` fields are the chapter's own words for a figure. They are never
 * shown; the test looks for them in the chapter.
 */

export const GO_LIVE_CHAPTER = 'src/content/docs/guide/go-live.mdx';

export interface Stage {
  name: string;
  /** When it happens, as written beside the time axis. */
  when: string;
  what: string;
  /** The chapter's words for the timing in `when`. */
  source?: string;
  /** Drawn as a bar along the axis, for a stage that lasts. */
  span?: boolean;
}

export const BEFORE: readonly Stage[] = [
  {
    name: 'Readiness review',
    when: '2–3 weeks before',
    what: 'Go/no-go criteria agreed, each with the evidence it needs; hypercare exit criteria set here too.',
    source: 'two or three weeks before the planned date',
  },
  {
    name: 'Dress rehearsals',
    when: 'Two runs, before go/no-go',
    what: 'The whole cutover on a production-like copy, real people at real hours; the second run proves the timings.',
    source: 'Plan for two',
  },
  {
    name: 'Change freeze begins',
    when: 'A few days before cutover',
    what: 'Nothing else changes on the old system, the new one or anything linked to them, until hypercare is stable.',
    source: 'from a few days before cutover until hypercare is stable',
  },
  {
    name: 'Go/no-go meeting',
    when: '1–2 days before',
    what: 'The business owner or sponsor and the service owner judge the evidence: go, no-go, or go with conditions.',
    source: 'a day or two before cutover',
  },
];

export const CUTOVER = {
  name: 'Cutover window',
  when: 'Usually overnight',
  source: 'usually at night',
  /** Each step is checked before the next starts; all of them end before the decision point. */
  steps: [
    ['Old system', 'read-only'],
    ['Data', 'loaded'],
    ['Interfaces', 'switched'],
    ['Checks and', 'smoke test'],
  ],
} as const;

/**
 * The rollback decision point is a time on the clock, worked out before the
 * night: when the business needs the service, less the rehearsed rollback
 * time, less a safety margin. The drawing uses the chapter's warehouse
 * example, so its clock shows real times.
 */
export const ROLLBACK = {
  name: 'Rollback decision point',
  calledBy: 'the business owner',
  example: {
    /** The cutover's first step (the worked example's cutover table). */
    start: '18:00',
    /** When the business needs a working system. */
    needed: '07:00',
    neededWhat: 'shift start',
    /** Rehearsed rollback time, rounded up for the plan. */
    rollback: '2 h 30 min',
    rehearsed: '2 h 05 min',
    margin: '30 min',
    /** needed − rollback − margin. */
    decision: '04:00',
  },
} as const;

export const AFTER: readonly Stage[] = [
  {
    name: 'Go-live',
    when: 'Go-live day',
    what: 'Users start work on the new system and the go-live message goes out.',
  },
  {
    name: 'Hypercare',
    when: 'Usually 2–4 weeks',
    what: 'Project team, supplier and support sit together, then move to on-call cover with a daily triage; it ends when the exit criteria are met, and the change freeze lifts once things are stable.',
    source: 'usually lasts two to four weeks',
    span: true,
  },
  {
    name: 'Handover to operations',
    when: 'End of hypercare',
    what: 'The service owner signs to accept the service; the change record is closed with its real outcome.',
  },
];

/** The change freeze as one phrase, for the drawing's key. */
export function freezeSpan(): string {
  const f = BEFORE.find((s) => s.name.startsWith('Change freeze'));
  return `Change freeze, from ${(f?.when ?? '').toLowerCase()} until hypercare is stable`;
}

/** The three ways out of the decision point, as drawn under the clock. */
export function rollbackOutcomes(): { healthy: string; unhealthy: string; after: string } {
  const { decision, needed } = ROLLBACK.example;
  return {
    healthy: `Healthy by ${decision}: go live`,
    unhealthy: `Not healthy by ${decision}: roll back, done before ${needed}`,
    after: `After ${decision}: fix forward`,
  };
}

/** The sum that sets the decision point, in the example's figures. */
export function rollbackSum(): string {
  const e = ROLLBACK.example;
  return `${e.needed} ${e.neededWhat} − ${e.rollback} rollback − ${e.margin} margin = ${e.decision}`;
}

export interface TextItem {
  /** Shown in bold. */
  lead: string;
  rest: string;
}

/** The text version of the diagram, item by item, in time order. */
export function goLiveText(): TextItem[] {
  const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
  const stage = (s: Stage): TextItem => ({ lead: s.name, rest: ` (${lower(s.when)}): ${lower(s.what)}` });
  const e = ROLLBACK.example;
  const o = rollbackOutcomes();
  return [
    ...BEFORE.map(stage),
    {
      lead: CUTOVER.name,
      rest:
        ` (${lower(CUTOVER.when)}; in the chapter’s warehouse example from ${e.start} until the ${e.needed} ${e.neededWhat}): ` +
        `${CUTOVER.steps.map((s) => s.join(' ').toLowerCase()).join(' → ')}, each checked before the next, all finished before the ` +
        `${ROLLBACK.name.toLowerCase()}. That point is a deadline on the clock: the time the business needs the service, ` +
        `minus the rehearsed rollback time, minus a safety margin. In the example, rollback took ${e.rehearsed} in rehearsal, rounded up to ${e.rollback}: ${rollbackSum()}. ${o.healthy}. ${o.unhealthy}. ` +
        `${o.after}. The decision is called by ${ROLLBACK.calledBy}. The change freeze runs on through the window.`,
    },
    ...AFTER.map(stage),
  ];
}
