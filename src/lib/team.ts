/**
 * The team view: a manager loads several reports' export files (or their
 * links) and sees the team's spread per skill, where each person sits on the
 * ladder and the gaps most of them share. Everything is computed from what
 * was loaded and kept in memory only: nothing here reads or writes the store.
 * Pure; never throws.
 */
import { closestRung, gapsTo, nextRung, ratedCount, type Rung } from './assessment.ts';
import { emptyAssessment, type Assessment } from './evidence.ts';
import { checkImport, legacyBundle } from './records.ts';
import { parseBundle } from './bundle.ts';
import { ratedFromUrl } from './fragment.ts';
import { cutText } from './text.ts';
import { SKILL_IDS, SKILL_LABELS, type SkillId } from './ladder/skill-ids.ts';
import { CREDENTIALS, logFor } from './credentials-record.ts';
import { computeRenewal } from './renewals.ts';
import { longDate } from './days.ts';
import type { RenewalInfo } from './renewal-rule.ts';

export const MAX_PEOPLE = 50;
export const MAX_FILE_BYTES = 200_000;
/** The gaps listed as the team's most common. */
export const MAX_COMMON_GAPS = 5;

export interface Person {
  /** A name to show: the plan's name, the file's name or "Link 2". */
  name: string;
  /** Where it came from (a file name or "link"), to replace a file loaded twice. */
  source: string;
  assessment: Assessment;
  /** Whatever else the file held, by record name (for sections that need it, such as renewals). */
  records: Record<string, unknown>;
}

export type Loaded = { ok: true; person: Person } | { ok: false; message: string };

const nameOf = (fileName: string) => cutText(fileName.replace(/\.json$/i, '').trim(), 60) || 'Unnamed file';

/** One export file's text → a person (the plan's name if it has one, else the file's). */
export function personFromFile(fileName: string, text: string): Loaded {
  if (text.length > MAX_FILE_BYTES) return { ok: false, message: 'It is too large to be an export from this guide.' };
  const imported = checkImport(parseBundle(text, legacyBundle));
  if (!imported.ok) return imported;
  const assessment = imported.records.ratings ?? emptyAssessment();
  if (ratedCount(assessment.levels) === 0) return { ok: false, message: 'It holds no ratings, so there is nothing to add to the team view.' };
  const planName = imported.records.plan?.name.trim() ?? '';
  return { ok: true, person: { name: planName ? cutText(planName, 60) : nameOf(fileName), source: `file:${fileName}`, assessment, records: imported.records } };
}

/** A ratings link someone sent (the self-assessment's Copy a link) → a person named by its position. */
export function personFromLink(link: string, position: number): Loaded {
  let hash: string;
  try {
    hash = new URL(link.trim()).hash;
  } catch {
    return { ok: false, message: 'That is not a link.' };
  }
  const { self } = ratedFromUrl('', hash);
  if (!self) return { ok: false, message: 'That link carries no ratings. Ask for the link from the self-assessment’s “Copy a link to these ratings”.' };
  return { ok: true, person: { name: `Link ${position}`, source: `link:${hash}`, assessment: { ...emptyAssessment(), ...self }, records: {} } };
}

/** Adds a person, replacing one from the same source; at most MAX_PEOPLE. */
export function addPerson(team: readonly Person[], person: Person): { team: Person[]; replaced: boolean; full: boolean } {
  const at = team.findIndex((p) => p.source === person.source);
  if (at >= 0) return { team: team.map((p, i) => (i === at ? person : p)), replaced: true, full: false };
  if (team.length >= MAX_PEOPLE) return { team: [...team], replaced: false, full: true };
  return { team: [...team, person], replaced: false, full: false };
}

export interface SkillSpread {
  id: SkillId;
  label: string;
  /** How many people are at each level 1–5 (index 0 = level 1). */
  counts: [number, number, number, number, number];
  unrated: number;
  /** Levels of those who rated it: lowest, middle (median, rounded down) and highest; null when nobody did. */
  low: number | null;
  median: number | null;
  high: number | null;
  /** How many people are below what their own next rung asks. */
  belowNext: number;
  /** The spread in words: "Levels 2 to 4, middle 3; 1 not rated." */
  text: string;
}

export interface TeamSummary {
  people: number;
  /** Each rung with the people closest to it, in ladder order (rungs nobody is at are left out). */
  rungs: Array<{ id: string; name: string; people: string[] }>;
  /** Every skill's spread, in the skills' own order. */
  skills: SkillSpread[];
  /** Up to five skills where at least two people are below their next rung, most people first. */
  commonGaps: Array<{ id: SkillId; label: string; people: number; text: string }>;
}

function spreadText(low: number | null, median: number | null, high: number | null, unrated: number, people: number): string {
  const notRated = unrated === 0 ? '' : unrated === people ? '' : unrated === 1 ? '; 1 not rated' : `; ${unrated} not rated`;
  if (low === null || median === null || high === null) return people === 1 ? 'Not rated.' : 'Nobody has rated it.';
  if (low === high) return `Everyone who rated it is at ${low}${notRated}.`;
  return `Levels ${low} to ${high}, middle ${median}${notRated}.`;
}

/** The team's spread per skill, rungs and shared gaps. */
export function summariseTeam<R extends Rung>(team: readonly Person[], rungs: R[]): TeamSummary {
  const placed = team.map((p) => {
    const current = closestRung(p.assessment.levels, rungs);
    const next = current ? nextRung(current, rungs) : null;
    const gaps = next ? gapsTo(p.assessment.levels, next).map((g) => g.id) : [];
    return { person: p, current, gaps };
  });
  const byRung = [...rungs]
    .sort((a, b) => a.rung - b.rung)
    .map((r) => ({ id: r.id, name: r.name, people: placed.filter((x) => x.current?.id === r.id).map((x) => x.person.name) }))
    .filter((r) => r.people.length > 0);
  const skills = SKILL_IDS.map((id): SkillSpread => {
    const levels = team
      .map((p) => p.assessment.levels[id])
      .filter((l) => l > 0)
      .sort((a, b) => a - b);
    const counts: SkillSpread['counts'] = [0, 0, 0, 0, 0];
    for (const l of levels) counts[l - 1]! += 1;
    const low = levels[0] ?? null;
    const high = levels.at(-1) ?? null;
    const median = levels.length ? levels[Math.floor((levels.length - 1) / 2)]! : null;
    const unrated = team.length - levels.length;
    return {
      id,
      label: SKILL_LABELS[id],
      counts,
      unrated,
      low,
      median,
      high,
      belowNext: placed.filter((x) => x.gaps.includes(id)).length,
      text: spreadText(low, median, high, unrated, team.length),
    };
  });
  const commonGaps = skills
    .filter((s) => s.belowNext >= 2)
    .sort((a, b) => b.belowNext - a.belowNext || SKILL_IDS.indexOf(a.id) - SKILL_IDS.indexOf(b.id))
    .slice(0, MAX_COMMON_GAPS)
    .map((s) => ({
      id: s.id,
      label: s.label,
      people: s.belowNext,
      text: `${s.label}: ${s.belowNext} of ${team.length} people are below what their next rung asks.`,
    }));
  return { people: team.length, rungs: byRung, skills, commonGaps };
}

// ---- Credentials due for renewal -------------------------------------------------

/** How far ahead the team view looks for renewal deadlines. */
export const RENEWAL_HORIZON_DAYS = 365;

export interface DueRenewal {
  person: string;
  credential: string;
  /** "YYYY-MM-DD". */
  deadline: string;
  daysLeft: number;
  /** "Asha: PMP, renew by 31 March 2027 (114 days)." */
  text: string;
}

/**
 * The credentials someone in the team must renew within the horizon, soonest
 * first, from the credentials record in their export file and the rules the
 * issuers confirm (a credential whose rule is not confirmed has no date to
 * give, and is left out).
 */
export function renewalsDue(team: readonly Person[], infos: readonly RenewalInfo[], today: string, horizon = RENEWAL_HORIZON_DAYS): DueRenewal[] {
  const due: DueRenewal[] = [];
  for (const p of team) {
    const checked = CREDENTIALS.validate(p.records.credentials);
    if (!checked.ok) continue;
    for (const h of checked.data.held) {
      const info = infos.find((i) => i.id === h.id);
      if (!info?.rule) continue;
      const r = computeRenewal(info.rule, h.earned, today, logFor(checked.data, h.id));
      if ('problems' in r || r.daysLeft > horizon) continue;
      const when = r.daysLeft === 0 ? 'today' : r.daysLeft === 1 ? 'tomorrow' : `in ${r.daysLeft} days`;
      due.push({
        person: p.name,
        credential: info.short,
        deadline: r.cycle.end,
        daysLeft: r.daysLeft,
        text: `${p.name}: ${info.short}, renew by ${longDate(r.cycle.end)} (${when}).`,
      });
    }
  }
  return due.sort((a, b) => a.daysLeft - b.daysLeft || a.person.localeCompare(b.person));
}
