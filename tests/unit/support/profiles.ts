/**
 * Thirty-two varied reader profiles for the chooser's ranking table
 * (tests/unit/certs-ranking.test.ts): who they are, and what a sensible
 * adviser would expect near the top.
 */
import type { Profile } from '../../../src/lib/certs/profile.ts';

export interface RankingCase {
  who: string;
  p: Partial<Profile>;
  /** Must be the first pick. */
  first?: string;
  /** Each must be in the top three (any order). */
  top3?: string[];
  /** At least one of these must be in the top three. */
  top3AnyOf?: string[];
  /** None of these may be picked at all. */
  never?: string[];
}

const pm = { stage: 'project-manager', education: 'bachelor', monthsWork: 60 } as const;

export const RANKING_CASES: RankingCase[] = [
  { who: 'a newcomer with no answers beyond the defaults', p: {}, top3: ['pmi-capm'], never: ['pmi-pmp', 'pmi-pgmp', 'pmi-pfmp'] },
  { who: 'a newcomer in the UK', p: { region: 'uk' }, top3AnyOf: ['prince2-foundation', 'apm-pfq'] },
  { who: 'a newcomer whose employer does IT service management', p: { method: 'service-management' }, top3: ['itil-4-foundation'] },
  { who: 'a newcomer in a scaled-agile shop', p: { method: 'scaled-agile' }, top3AnyOf: ['safe-scrum-master', 'safe-agilist'] },
  { who: 'a newcomer who wants to work with IT operations', p: { goal: 'service-management' }, first: 'itil-4-foundation' },
  { who: 'a newcomer in India', p: { region: 'india', trainingHours: 23 }, top3: ['pmi-capm'] },
  { who: 'a newcomer in the Middle East', p: { region: 'middle-east' }, top3: ['pmi-capm'] },
  { who: 'a newcomer in Australia', p: { region: 'australia-nz', method: 'predictive' }, top3: ['prince2-foundation'] },
  { who: 'a coordinator on an agile software team', p: { stage: 'coordinator', method: 'agile', sector: 'software', goal: 'agile-delivery' }, top3AnyOf: ['scrumorg-psm-i', 'scrumalliance-csm'] },
  { who: 'a coordinator in North America after 10 hours of training', p: { stage: 'coordinator', region: 'north-america', trainingHours: 10 }, top3AnyOf: ['pmi-capm', 'comptia-project-plus'] },
  { who: 'a coordinator in the UK public sector', p: { stage: 'coordinator', region: 'uk', sector: 'public-sector', method: 'predictive' }, top3: ['prince2-foundation', 'apm-pfq'] },
  { who: 'a coordinator in an ITSM-heavy IT department', p: { stage: 'coordinator', method: 'service-management', monthsWork: 24 }, top3: ['itil-4-foundation'] },
  { who: 'a coordinator holding the CSM who wants agile work', p: { stage: 'coordinator', method: 'agile', goal: 'agile-delivery', held: ['scrumalliance-csm'], monthsAgile: 12 }, never: ['scrumalliance-csm'] },
  { who: 'a PM with 40 months leading and 35 hours of training', p: { ...pm, monthsLeading: 40, trainingHours: 35, goal: 'lead-projects' }, first: 'pmi-pmp' },
  { who: 'a PM with 30 months leading', p: { ...pm, monthsLeading: 30, trainingHours: 35, goal: 'lead-projects' }, top3: ['pmi-pmp'] },
  { who: 'a UK public-sector PM working to plan', p: { ...pm, monthsLeading: 36, region: 'uk', sector: 'public-sector', method: 'predictive', goal: 'lead-projects' }, first: 'prince2-practitioner' },
  { who: 'a PM on agile teams for 30 months', p: { ...pm, monthsLeading: 12, monthsAgile: 30, trainingHours: 30, method: 'agile', sector: 'software', goal: 'agile-delivery' }, top3: ['pmi-acp'] },
  { who: 'a PM in a scaled-agile bank', p: { ...pm, monthsLeading: 30, method: 'scaled-agile', sector: 'finance', goal: 'agile-delivery' }, top3: ['safe-agilist'] },
  { who: 'a PM in an ITSM organisation who wants to lead projects', p: { ...pm, monthsLeading: 20, method: 'service-management', goal: 'lead-projects' }, top3: ['itil-4-foundation'] },
  { who: 'a PMP holder with 60 months who wants another credential', p: { ...pm, monthsLeading: 60, monthsWork: 90, held: ['pmi-pmp'], goal: 'first-credential' }, never: ['pmi-capm', 'pmi-pmp'] },
  { who: 'a PMP holder moving to agile teams', p: { ...pm, monthsLeading: 60, monthsWork: 90, held: ['pmi-pmp'], trainingHours: 28, method: 'agile', goal: 'agile-delivery' }, first: 'pmi-acp' },
  { who: 'a PMP holder moving to the UK', p: { ...pm, monthsLeading: 60, monthsWork: 90, held: ['pmi-pmp'], region: 'uk', method: 'predictive', goal: 'lead-projects' }, top3: ['prince2-practitioner'] },
  { who: 'a PM in continental European engineering', p: { ...pm, monthsLeading: 40, region: 'europe', sector: 'engineering', goal: 'lead-projects' }, top3: ['ipma-levels'] },
  { who: 'a US healthcare PM', p: { ...pm, monthsLeading: 48, trainingHours: 35, region: 'north-america', sector: 'healthcare', goal: 'lead-projects' }, first: 'pmi-pmp' },
  { who: 'a senior PM with a PMP aiming at programmes', p: { stage: 'senior-pm', education: 'bachelor', monthsWork: 120, monthsLeading: 84, monthsProgramme: 24, held: ['pmi-pmp'], goal: 'programme-portfolio' }, first: 'pmi-pgmp' },
  { who: 'a senior PM who wants to specialise in risk', p: { stage: 'senior-pm', education: 'bachelor', monthsWork: 100, monthsLeading: 70, sector: 'finance', goal: 'specialise' }, top3: ['pmi-rmp'] },
  { who: 'a senior PM heading for a PMO', p: { stage: 'senior-pm', education: 'bachelor', monthsWork: 100, monthsLeading: 70, goal: 'pmo-governance' }, first: 'pmi-pmocp' },
  { who: 'a programme manager holding the PMP', p: { stage: 'programme', education: 'bachelor', monthsWork: 150, monthsLeading: 84, monthsProgramme: 50, trainingHours: 60, held: ['pmi-pmp'], goal: 'programme-portfolio' }, first: 'pmi-pgmp', never: ['pmi-capm'] },
  { who: 'a programme manager with no portfolio experience', p: { stage: 'programme', education: 'bachelor', monthsWork: 150, monthsLeading: 60, monthsProgramme: 60, goal: 'programme-portfolio' }, first: 'pmi-pgmp' },
  { who: 'a portfolio leader with 60 months of portfolio work', p: { stage: 'portfolio', education: 'bachelor', monthsWork: 180, monthsLeading: 60, monthsPortfolio: 60, goal: 'programme-portfolio' }, first: 'pmi-pfmp' },
  { who: 'a PMO leader strengthening governance', p: { stage: 'portfolio', education: 'bachelor', monthsWork: 140, monthsLeading: 60, held: ['pmi-pmp'], goal: 'pmo-governance' }, top3: ['pmi-pmocp'] },
  { who: 'a scaled-agile programme manager', p: { stage: 'programme', education: 'bachelor', monthsWork: 150, monthsLeading: 70, monthsProgramme: 40, method: 'scaled-agile', goal: 'programme-portfolio' }, top3: ['safe-agilist'] },
];
