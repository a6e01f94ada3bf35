/**
 * The guide's diagrams say what their chapters say. Each diagram draws its
 * SVG and renders its text version from a small data module next to it
 * (src/components/diagrams/*.ts); these tests read that module and the
 * chapter's own text, pull the same figures out of both (timings such as
 * "2–3 weeks" or "one working day", clock times, counts of gates and of
 * responses) and check them in both directions: every figure in the module
 * appears in the chapter, and every figure in the chapter's section appears
 * in the module. A figure typed straight into a component's markup, where
 * neither side would see it, fails too.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as goLive from '../../src/components/diagrams/go-live-timeline.ts';
import * as delivery from '../../src/components/diagrams/delivery-models.ts';
import * as raid from '../../src/components/diagrams/raid-flow.ts';
import * as escalation from '../../src/components/diagrams/escalation-path.ts';

const ROOT = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

// ---------------------------------------------------------------------------
// Reading a chapter

/** A chapter's text as a reader sees it: glossary links and other tags gone, one kind of apostrophe. */
function prose(mdx: string): string {
  return mdx
    .replace(/^import .*$/gm, '')
    .replace(/<Term [^>]*>(.*?)<\/Term>/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[‘’]/g, "'");
}

/** The text under a heading, up to the next heading of any level (or up to `until`, a later heading). */
function section(mdx: string, heading: string, until?: string): string {
  const start = mdx.indexOf(`\n${heading}\n`);
  assert.ok(start >= 0, `heading not found: ${heading}`);
  const body = mdx.slice(start + heading.length + 2);
  const end = until ? body.indexOf(`\n${until}`) : body.search(/\n#{2,6} /);
  assert.ok(!until || end >= 0, `heading not found: ${until}`);
  return end < 0 ? body : body.slice(0, end);
}

/** The paragraph that contains `words`, as prose. */
function paragraph(text: string, words: string): string {
  const p = prose(text)
    .split(/\n\s*\n/)
    .find((x) => x.includes(words));
  assert.ok(p, `no paragraph contains: ${words}`);
  return p;
}

const sentences = (text: string) => text.split(/(?<=[.!?])\s+/);
const norm = (s: string) => prose(s).replace(/\s+/g, ' ').trim();
const has = (text: string, words: string) => norm(text).toLowerCase().includes(norm(words).toLowerCase());

// ---------------------------------------------------------------------------
// Figures: durations, clock times, percentages and counts, written as words or digits

const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
};
const N = `(\\d+|a few|an?|${Object.keys(NUMBERS)
  .filter((w) => w.length > 2)
  .join('|')})`;
const UNIT = '(working days?|minutes?|min|hours?|h|days?|weeks?|months?)';
const unit = (u: string) =>
  u.startsWith('working') ? 'working day' : u === 'h' || u.startsWith('hour') ? 'hour' : u.startsWith('min') ? 'minute' : u.replace(/s$/, '');
const count = (n: string) => (n === 'a few' ? 'a few' : String(NUMBERS[n] ?? Number(n)));

/**
 * Every duration and clock time in a text, in a canonical form: "two or three
 * weeks" and "2–3 weeks" are both "2–3 week"; "a day or two" is "1–2 day";
 * "2 hours 30 minutes", "2 h 30 min" and "2:30" are all "2 hour" and
 * "30 minute"; "04:00" is "at 04:00". Sorted, with repeats.
 */
function timings(text: string): string[] {
  let s = norm(text).toLowerCase();
  const out: string[] = [];
  const take = (re: RegExp, key: (m: RegExpExecArray) => string[]) => {
    s = s.replace(re, (...args) => {
      const m = args.slice(0, -2) as unknown as RegExpExecArray;
      out.push(...key(m));
      return ' ';
    });
  };
  take(/\b(\d{2}):(\d{2})\b/g, (m) => [`at ${m[1]}:${m[2]}`]);
  take(/\b(\d):(\d{2})\b/g, (m) => [...(m[1] === '0' ? [] : [`${m[1]} hour`]), ...(m[2] === '00' ? [] : [`${Number(m[2])} minute`])]);
  take(new RegExp(`\\b${N}\\s*(?:or|to|–|-)\\s*${N}[\\s-]+${UNIT}\\b`, 'g'), (m) => [`${count(m[1]!)}–${count(m[2]!)} ${unit(m[3]!)}`]);
  take(new RegExp(`\\b(?:an?|one) ${UNIT} or two\\b`, 'g'), (m) => [`1–2 ${unit(m[1]!)}`]);
  take(new RegExp(`\\b${N}[\\s-]+${UNIT}\\b`, 'g'), (m) => [`${count(m[1]!)} ${unit(m[2]!)}`]);
  return out.sort();
}
/** Durations counted in days, weeks or months: how far apart a project's stages are. */
const stageTimings = (text: string) => timings(text).filter((t) => /(day|week|month)$/.test(t));
const percents = (text: string) => [...norm(text).matchAll(/(\d+(?:\.\d+)?)(?:%| per cent)/g)].map((m) => Number(m[1])).sort();
const uniq = (xs: string[]) => [...new Set(xs)].sort();
/** Minutes since midnight for "04:00", or minutes in "2 h 30 min". */
const clock = (hhmm: string) => {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return h * 60 + m;
};
const minutes = (d: string) => timings(d).reduce((a, t) => a + Number(t.split(' ')[0]) * (t.endsWith('hour') ? 60 : t.endsWith('minute') ? 1 : NaN), 0);

/** A component's markup and script, without its styles and comments: where a hand-typed figure would hide. */
function componentSource(file: string): string {
  return read(file)
    .replace(/<style>[\s\S]*<\/style>/, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
}

test('the normaliser reads figures the way the chapters write them', () => {
  assert.deepEqual(timings('two or three weeks before'), ['2–3 week']);
  assert.deepEqual(timings('2–3 weeks before'), ['2–3 week']);
  assert.deepEqual(timings('a day or two before cutover'), ['1–2 day']);
  assert.deepEqual(timings('from a few days before'), ['a few day']);
  assert.deepEqual(timings('within one working day'), ['1 working day']);
  assert.deepEqual(timings('Within 2 working days'), ['2 working day']);
  assert.deepEqual(timings('2 hours 30 minutes and a 30-minute margin'), ['2 hour', '30 minute', '30 minute']);
  assert.deepEqual(timings('07:00 − 2:30 − 0:30 gives 04:00'), ['2 hour', '30 minute', '30 minute', 'at 04:00', 'at 07:00']);
  assert.deepEqual(timings('a hospital, a team and one main response'), []);
  assert.deepEqual(percents('plus or minus 10 per cent, or ±10%'), [10, 10]);
});

// ---------------------------------------------------------------------------
// Go-live timeline

test('go-live: every stage timing is the chapter’s, and the chapter’s stage timings are all drawn', () => {
  const mdx = read(goLive.GO_LIVE_CHAPTER);
  const general = section(mdx, '## The path from readiness to handover', '## Worked example');
  const stages = [...goLive.BEFORE, ...goLive.AFTER];
  for (const s of stages) {
    if (s.source) {
      assert.ok(has(general, s.source), `${s.name}: the chapter no longer says "${s.source}"`);
      assert.deepEqual(timings(s.when), timings(s.source), `${s.name}: drawn as "${s.when}", the chapter says "${s.source}"`);
    } else assert.deepEqual(timings(s.when), [], `${s.name}: "${s.when}" has a figure with no source in the chapter`);
  }
  assert.ok(has(mdx, goLive.CUTOVER.source), `cutover: the chapter no longer says "${goLive.CUTOVER.source}"`);
  assert.deepEqual(timings(goLive.CUTOVER.when), []);
  // Both ways: the drawn set of stage timings is exactly the chapter's.
  assert.deepEqual(uniq(stages.flatMap((s) => stageTimings(s.when))), uniq(stageTimings(general)));
  // Order: stages before go-live are listed furthest first.
  const firstDays = goLive.BEFORE.map((s) => timings(s.when)[0]).filter((t): t is string => !!t);
  const days = (t: string) => {
    const [n = '', u = ''] = [t.split(' ').slice(0, -1).join(' '), t.split(' ').at(-1)];
    const hi = n === 'a few' ? 3 : Number(n.split('–').at(-1));
    return hi * (u === 'week' ? 7 : u === 'month' ? 30 : 1);
  };
  assert.deepEqual(
    [...firstDays].sort((a, b) => days(b) - days(a)),
    firstDays,
    'stages before go-live are out of time order',
  );
});

test('go-live: the rollback decision point is a deadline on the clock, set by the chapter’s own sum', () => {
  const mdx = read(goLive.GO_LIVE_CHAPTER);
  const rule = section(mdx, '## Setting the rollback decision point');
  assert.ok(has(rule, 'Subtract the rehearsed rollback time, then a safety margin'), 'the chapter’s rule for the decision point has changed');
  const e = goLive.ROLLBACK.example;
  // The sum works.
  assert.equal(clock(e.needed) - minutes(e.rollback) - minutes(e.margin), clock(e.decision), goLive.rollbackSum());
  // Every figure of it is the worked example's, and the example's figures are all in it.
  const example = paragraph(section(mdx, '## Worked example: a weekend warehouse cutover'), 'rollback decision point');
  const drawn = [e.needed, e.decision, e.rollback, e.margin, e.rehearsed].flatMap(timings);
  assert.deepEqual(uniq(drawn), uniq(timings(example)), `the example says: ${example}`);
  // The cutover table agrees: its first step starts at the drawn start, and its decision row is the drawn time.
  const table = section(mdx, '### The cutover, Saturday night');
  const rows = [...table.matchAll(/^\|\s*(\d\d:\d\d)\s*\|\s*(.*?)\s*\|/gm)];
  assert.equal(rows[0]?.[1], e.start, 'the cutover’s first step');
  assert.equal(rows.find((r) => /rollback decision point/i.test(r[2] ?? ''))?.[1], e.decision, 'the decision row of the cutover table');
  assert.ok(has(mdx, `The Sunday shift starts at ${e.needed}`), 'the time the business needs the system');
  assert.ok(has(rule, `usually ${goLive.ROLLBACK.calledBy}`), 'who calls it');
  // Drawn as a deadline: the outcomes are keyed to the clock time, with no pass/fail check.
  const out = goLive.rollbackOutcomes();
  for (const o of Object.values(out)) assert.ok(o.includes(e.decision), o);
  assert.doesNotMatch(JSON.stringify(goLive), /checks? (pass|fail)/i);
});

test('go-live: the text version carries the same figures as the chapter', () => {
  const mdx = read(goLive.GO_LIVE_CHAPTER);
  const general = section(mdx, '## The path from readiness to handover', '## Worked example');
  const alt = goLive
    .goLiveText()
    .map((i) => i.lead + i.rest)
    .join('\n');
  assert.deepEqual(uniq(stageTimings(alt)), uniq(stageTimings(general)));
  const e = goLive.ROLLBACK.example;
  for (const t of [e.start, e.needed, e.decision, e.rollback, e.margin, e.rehearsed].flatMap(timings)) {
    assert.ok(timings(alt).includes(t), `the text version lacks ${t}`);
  }
  assert.equal(goLive.goLiveText().length, goLive.BEFORE.length + 1 + goLive.AFTER.length);
  assert.deepEqual(timings(componentSource('src/components/diagrams/GoLiveTimeline.astro')), [], 'a timing typed into the component');
});

// ---------------------------------------------------------------------------
// Delivery models: the hybrid lane

const WORD_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth'];

test('delivery models: the hybrid lane has the chapter’s gates, each checking what the chapter says it checks', () => {
  const hybrid = prose(section(read(delivery.DELIVERY_CHAPTER), '## Hybrid: agile teams inside governance'));
  const stated = /has (\w+) gates/.exec(hybrid)?.[1] ?? '';
  assert.equal(WORD_NUMBERS.indexOf(stated), delivery.GATES.length, `the chapter says "${stated} gates"`);
  const gateSentences = sentences(norm(hybrid)).filter((s) => new RegExp(`^The (${ORDINALS.join('|')})\\b`).test(s));
  assert.equal(gateSentences.length, delivery.GATES.length, gateSentences.join('\n'));
  delivery.GATES.forEach((g, i) => {
    assert.equal(g.n, i + 1);
    const said = gateSentences[i] ?? '';
    assert.ok(said.startsWith(`The ${ORDINALS[i]}`), said);
    for (const w of g.words) assert.ok(has(said, w), `gate ${g.n}: "${w}" is not in "${said}"`);
  });
});

test('delivery models: sprints run in every stage, with no big test phase, and release waits for the release gate', () => {
  const { GATES, STAGES } = delivery;
  assert.deepEqual(
    STAGES.map((s) => s.after),
    GATES.slice(0, -1).map((g) => g.n),
    'one stage between each pair of gates',
  );
  for (const s of STAGES) {
    assert.ok(s.sprints.length > 0, `${s.name}: no sprints`);
    assert.doesNotMatch(s.name, /test|requirements|design|deploy/i, `${s.name}: a phase of its own is water-scrum-fall`);
  }
  const releaseGate = GATES.find((g) => g.words.includes('release to real users'));
  assert.ok(releaseGate);
  assert.deepEqual(
    STAGES.filter((s) => s.released).map((s) => s.after),
    STAGES.filter((s) => s.after >= releaseGate.n).map((s) => s.after),
  );
  const sprints = STAGES.flatMap((s) => s.sprints);
  assert.deepEqual(
    sprints,
    sprints.map((_, i) => i + 1),
    'sprints numbered in order',
  );
});

test('delivery models: the tolerance example and the text version agree with the chapter', () => {
  const hybrid = section(read(delivery.DELIVERY_CHAPTER), '## Hybrid: agile teams inside governance');
  const rule = delivery.HYBRID.change;
  assert.deepEqual(percents(rule), percents(hybrid));
  assert.deepEqual(uniq(timings(rule)), uniq(timings(hybrid)));
  const alt = delivery.deliveryText();
  const hybridAlt = alt.find((i) => i.lead.startsWith('Hybrid'))?.rest ?? '';
  const gatesNamed = uniq([...hybridAlt.matchAll(/\bgate (\d+)/gi)].map((m) => m[1] ?? ''));
  assert.equal(gatesNamed.length, delivery.GATES.length, hybridAlt);
  assert.ok(hybridAlt.toLowerCase().includes(`${WORD_NUMBERS[delivery.GATES.length]} gates`), hybridAlt);
  assert.deepEqual(percents(hybridAlt), percents(hybrid));
  assert.deepEqual(uniq(timings(hybridAlt)), uniq(timings(hybrid)));
  const src = componentSource('src/components/diagrams/DeliveryModels.astro');
  assert.deepEqual(timings(src), [], 'a timing typed into the component');
  assert.deepEqual(percents(src), [], 'a percentage typed into the component');
  assert.doesNotMatch(src, /Gate [0-9]|Test &|Initiate/, 'gates or phases typed into the component');
});

// ---------------------------------------------------------------------------
// RAID flow

const RESPONSE_WORDS = ['avoid', 'reduce', 'mitigate', 'transfer', 'accept', 'exploit', 'enhance', 'share'];
const responsesIn = (text: string) => RESPONSE_WORDS.filter((w) => new RegExp(`\\b${w}\\b`, 'i').test(text));

test('RAID: only risks get the named risk responses, and they are the chapter’s', () => {
  const mdx = read(raid.RAID_CHAPTER);
  const choosing = section(mdx, '## Choosing a response');
  const threat = [...choosing.matchAll(/^- \*\*(\w+)\*\*/gm)].map((m) => m[1]);
  const opportunity = [...paragraph(choosing, 'Opportunities').matchAll(/\*\*(\w+)\*\*/g)].map((m) => m[1]?.toLowerCase());
  const [risk, ...others] = raid.TYPES;
  assert.equal(risk?.type, 'Risk');
  assert.deepEqual(risk?.threat, threat);
  assert.deepEqual(
    risk?.opportunity?.map((r) => r.toLowerCase()),
    opportunity,
  );
  assert.ok(has(choosing, risk?.source ?? ''), risk?.source);
  for (const t of others) {
    assert.equal(t.threat, undefined, t.type);
    assert.equal(t.opportunity, undefined, t.type);
    assert.deepEqual(responsesIn(raid.responseLines(t).join(' ') + t.response), [], `${t.type} is given a risk response`);
  }
});

test('RAID: issues, assumptions and dependencies get the responses the worked RAID log gives them', () => {
  const entries = section(read(raid.RAID_ENTRIES_CHAPTER), '## A RAID log with four good entries');
  const rows = new Map([...entries.matchAll(/^\| (Risk|Assumption|Issue|Dependency) [^|]*\|.*\| \*\*([^*]+?):?\*\*/gm)].map((m) => [m[1], m[2] ?? '']));
  assert.equal(rows.size, 4, 'one worked entry of each type');
  assert.deepEqual(
    raid.TYPES.map((t) => t.type),
    ['Risk', 'Assumption', 'Issue', 'Dependency'],
  );
  for (const t of raid.TYPES) {
    const label = rows.get(t.type) ?? '';
    if (t.threat) assert.ok(t.threat.includes(label), `the worked risk is answered with "${label}"`);
    else {
      assert.ok(label.startsWith(t.response), `${t.type}: drawn as "${t.response}", the worked log says "${label}"`);
      assert.ok(has(entries, t.source), `${t.type}: the chapter no longer says "${t.source}"`);
    }
  }
});

test('RAID: the text version gives each type its own kind and number of responses', () => {
  const { steps, changes } = raid.raidText();
  const types = steps.find((s) => s.sub)?.sub ?? [];
  assert.deepEqual(
    types.map((t) => t.lead),
    raid.TYPES.map((t) => t.type),
  );
  for (const [i, t] of raid.TYPES.entries()) {
    const said = types[i]?.rest ?? '';
    if (t.threat && t.opportunity) {
      const threat = /Threat: ([^.]*)\./.exec(said)?.[1] ?? '';
      const opp = /Opportunity: ([^.]*)\./.exec(said)?.[1] ?? '';
      assert.deepEqual(
        responsesIn(threat),
        t.threat.map((r) => r.toLowerCase()).sort((a, b) => RESPONSE_WORDS.indexOf(a) - RESPONSE_WORDS.indexOf(b)),
      );
      assert.equal(responsesIn(threat).length, 4);
      assert.equal(responsesIn(opp).length, 4);
    } else {
      assert.deepEqual(responsesIn(said), [], `${t.type}: ${said}`);
      assert.ok(said.includes(t.response.toLowerCase()), `${t.type}: one response, "${t.response}"`);
    }
  }
  assert.equal(changes.length, raid.TYPES.length);
});

test('RAID: the type changes and the review rhythm are the chapter’s, both ways', () => {
  const mdx = read(raid.RAID_CHAPTER);
  const turns = paragraph(section(mdx, '## How RAID items turn into one another'), 'A RAID log');
  for (const t of raid.TYPES) assert.ok(has(turns, t.becomes.source), `${t.type}: the chapter no longer says "${t.becomes.source}"`);
  for (const s of sentences(norm(turns)).filter((x) => /becomes|creates|is a risk/.test(x))) {
    assert.ok(
      raid.TYPES.some((t) => has(s, t.becomes.source)),
      `the chapter says "${s}", and the diagram draws no such change`,
    );
  }
  const rhythm = section(mdx, '## Owners, rhythm and triggers');
  assert.ok(has(rhythm, raid.REVIEW.source));
  const cadences = uniq([...norm(rhythm).matchAll(/\b(daily|weekly|fortnightly|monthly|quarterly)\b/g)].map((m) => m[1] ?? ''));
  assert.deepEqual(cadences, uniq([raid.REVIEW.active, raid.REVIEW.all]));
  assert.ok(has(mdx, raid.EXITS.source));
  const alt = raid
    .raidText()
    .steps.map((s) => s.lead + s.rest)
    .join(' ');
  for (const c of cadences) assert.match(alt, new RegExp(`\\b${c}\\b`, 'i'));
  const src = componentSource('src/components/diagrams/RaidFlow.astro');
  assert.deepEqual(responsesIn(src), [], 'a response typed into the component');
  assert.doesNotMatch(src, /\b(weekly|fortnightly)\b/i, 'a review rhythm typed into the component');
});

// ---------------------------------------------------------------------------
// Escalation path

test('escalation: every trigger and timeframe is the chapters’, figure for figure', () => {
  for (const [i, s] of escalation.STEPS.entries()) {
    for (const [drawn, q] of [
      [s.when, s.whenSource],
      [s.time, s.timeSource],
    ] as const) {
      assert.ok(has(read(q.chapter), q.words), `step ${i + 1}: ${q.chapter} no longer says "${q.words}"`);
      assert.deepEqual(timings(drawn), timings(q.words), `step ${i + 1}: drawn as "${drawn}", the chapter says "${q.words}"`);
    }
  }
  const drawn = uniq(escalation.STEPS.flatMap((s) => [...timings(s.when), ...timings(s.time)]));
  // The other way: the escalation paragraphs' figures, and every time the risk chapter gives for telling the sponsor.
  const mdx = read(escalation.ESCALATION_CHAPTER);
  const esc = section(mdx, '## Tolerances and escalation');
  const levels = paragraph(esc, 'Each level settles');
  const how = paragraph(esc, 'is early, written and short');
  for (const t of timings(levels + how)) assert.ok(drawn.includes(t), `the chapter gives ${t}; the diagram does not`);
  const sponsor = sentences(norm(read(escalation.RISK_CHAPTER))).filter((x) => /sponsor (hears|is told)/i.test(x));
  assert.ok(sponsor.length > 0);
  for (const t of sponsor.flatMap(timings)) assert.ok(drawn.includes(t), `the risk chapter gives ${t} for the sponsor; the diagram does not`);
  const alt = escalation.escalationText();
  assert.deepEqual(uniq(alt.levels.flatMap((l) => timings(l.rest))), drawn);
  assert.deepEqual(timings(componentSource('src/components/diagrams/EscalationPath.astro')), [], 'a timing typed into the component');
});

test('escalation: the project board is the steering committee, one level, with the programme or portfolio board above', () => {
  const { LEVELS } = escalation;
  const steering = LEVELS.filter((l) => /steering committee/i.test(l.head.join(' ') + l.inSentence));
  assert.equal(steering.length, 1, 'the steering committee is on one level');
  assert.match(steering[0]?.head.join(' ') ?? '', /project board/i, 'and it is the project board');
  assert.ok(LEVELS.indexOf(steering[0]!) < LEVELS.length - 1, 'something sits above it');
  assert.match(LEVELS.at(-1)?.head.join(' ') ?? '', /programme or portfolio board/i);
  const levels = prose(paragraph(section(read(escalation.ESCALATION_CHAPTER), '## Tolerances and escalation'), 'Each level settles'));
  for (const s of sentences(norm(levels)).filter((x) => /steering committee/i.test(x))) {
    assert.match(s, /project board/i, `the chapter sets the steering committee apart from the project board: "${s}"`);
  }
  for (const name of ['sponsor', 'project board', 'steering committee', 'programme or portfolio board']) assert.ok(has(levels, name), name);
  assert.equal(escalation.STEPS.length, LEVELS.length - 1);
});

test('escalation: what to bring is the chapter’s list, in order, and the text version counts it', () => {
  const q = escalation.BRING_SOURCE;
  assert.ok(has(read(q.chapter), q.words), q.words);
  const listed = q.words.split(/, | and /).map((s) => s.toLowerCase());
  assert.deepEqual(
    escalation.BRING.map((b) => b.toLowerCase()),
    listed,
  );
  const bring = escalation.escalationText().bring;
  assert.ok(bring.includes(`${WORD_NUMBERS[escalation.BRING.length]} things`), bring);
  for (const b of escalation.BRING) assert.ok(bring.toLowerCase().includes(b.toLowerCase()), b);
});
