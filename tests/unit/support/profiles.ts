/**
 * Reader profiles for the chooser's ranking table (tests/unit/certs-ranking.test.ts):
 * who they are, and the top three a sensible adviser would give them. Only
 * what each reader would actually answer is set; everything else is left
 * unanswered, as a reader leaves it.
 */
import type { Profile } from '../../../src/lib/certs/profile.ts';

export interface RankingCase {
  who: string;
  p: Partial<Profile>;
  /** The top three picks, in any order unless `first` or `firstOrSecond` pins one. */
  top3: [string, string, string];
  /** Must be the first pick. */
  first?: string;
  /** Each must be first or second. */
  firstOrSecond?: string[];
  /** None of these may be picked at all. */
  never?: string[];
}

const pm = { stage: 'project-manager', education: 'bachelor', monthsWork: 60 } as const;
const senior = { stage: 'senior-pm', education: 'bachelor', monthsWork: 120, monthsLeading: 84 } as const;
const entry = ['pmi-capm', 'google-pm-certificate', 'comptia-project-plus', 'apm-pfq', 'prince2-foundation', 'scrumorg-psm-i', 'scrumalliance-csm'];

export const RANKING_CASES: RankingCase[] = [
  // New to projects
  {
    who: 'someone who has answered nothing yet',
    p: {},
    top3: ['pmi-capm', 'google-pm-certificate', 'scrumorg-psm-i'],
    never: ['pmi-pmp', 'pmi-pgmp', 'pmi-pfmp'],
  },
  {
    who: 'a newcomer who wants a first credential',
    p: { stage: 'newcomer', goal: 'first-credential' },
    top3: ['google-pm-certificate', 'pmi-capm', 'comptia-project-plus'],
  },
  { who: 'a newcomer in the UK', p: { stage: 'newcomer', region: 'uk' }, top3: ['apm-pfq', 'prince2-foundation', 'itil-4-foundation'] },
  {
    who: 'a newcomer in the UK who wants a first credential',
    p: { stage: 'newcomer', region: 'uk', goal: 'first-credential' },
    top3: ['apm-pfq', 'prince2-foundation', 'google-pm-certificate'],
  },
  {
    who: 'a newcomer whose employer runs IT service management',
    p: { stage: 'newcomer', method: 'service-management' },
    first: 'itil-4-foundation',
    top3: ['itil-4-foundation', 'pmi-capm', 'google-pm-certificate'],
  },
  {
    who: 'a newcomer in a scaled-agile shop',
    p: { stage: 'newcomer', method: 'scaled-agile' },
    top3: ['safe-scrum-master', 'pmi-capm', 'google-pm-certificate'],
  },
  {
    who: 'a newcomer who wants to work with IT operations',
    p: { goal: 'service-management' },
    first: 'itil-4-foundation',
    top3: ['itil-4-foundation', 'pmi-capm', 'google-pm-certificate'],
  },
  {
    who: 'a newcomer in India with 23 hours of training',
    p: { stage: 'newcomer', region: 'india', trainingHours: 23 },
    first: 'pmi-capm',
    top3: ['pmi-capm', 'itil-4-foundation', 'google-pm-certificate'],
  },
  {
    who: 'a newcomer in the Middle East',
    p: { stage: 'newcomer', region: 'middle-east' },
    first: 'pmi-capm',
    top3: ['pmi-capm', 'google-pm-certificate', 'comptia-project-plus'],
  },
  {
    who: 'a newcomer in Australia whose employer works to plan',
    p: { stage: 'newcomer', region: 'australia-nz', method: 'predictive' },
    first: 'prince2-foundation',
    top3: ['prince2-foundation', 'google-pm-certificate', 'pmi-capm'],
  },
  {
    who: 'a newcomer who wants agile work',
    p: { stage: 'newcomer', goal: 'agile-delivery' },
    top3: ['scrumorg-psm-i', 'scrumorg-pspo-i', 'scrumalliance-csm'],
  },
  // Coordinators
  {
    who: 'a coordinator on an agile software team',
    p: { stage: 'coordinator', method: 'agile', sector: 'software', goal: 'agile-delivery' },
    top3: ['scrumorg-psm-i', 'scrumorg-pspo-i', 'scrumalliance-csm'],
  },
  {
    who: 'a coordinator in North America after 10 hours of training',
    p: { stage: 'coordinator', region: 'north-america', trainingHours: 10 },
    top3: ['comptia-project-plus', 'scrumalliance-csm', 'pmi-capm'],
  },
  {
    who: 'a coordinator in the UK public sector',
    p: { stage: 'coordinator', region: 'uk', sector: 'public-sector', method: 'predictive' },
    top3: ['apm-pfq', 'prince2-foundation', 'itil-4-foundation'],
  },
  {
    who: 'a coordinator in an ITSM-heavy IT department',
    p: { stage: 'coordinator', method: 'service-management', monthsWork: 24 },
    first: 'itil-4-foundation',
    top3: ['itil-4-foundation', 'scrumorg-psm-i', 'scrumalliance-csm'],
  },
  {
    who: 'a coordinator holding the CSM who wants agile work',
    p: { stage: 'coordinator', method: 'agile', goal: 'agile-delivery', held: ['scrumalliance-csm'], monthsAgile: 12 },
    top3: ['pmi-acp', 'scrumorg-pspo-i', 'prince2-agile'],
    never: ['scrumalliance-csm'],
  },
  {
    who: 'a coordinator heading for a PMO',
    p: { stage: 'coordinator', education: 'secondary', monthsWork: 40, goal: 'pmo-governance' },
    first: 'pmi-pmocp',
    top3: ['pmi-pmocp', 'scrumorg-psm-i', 'scrumorg-pspo-i'],
  },
  {
    who: 'a coordinator with a PSM I who has left the goal open',
    p: { stage: 'coordinator', method: 'agile', held: ['scrumorg-psm-i'], monthsAgile: 24, trainingHours: 0, education: 'secondary' },
    firstOrSecond: ['pmi-acp'],
    top3: ['pmi-acp', 'scrumorg-pspo-i', 'pmi-capm'],
  },
  // Project managers
  {
    who: 'a PM with 40 months leading and 35 hours of training',
    p: { ...pm, monthsLeading: 40, trainingHours: 35, goal: 'lead-projects' },
    first: 'pmi-pmp',
    top3: ['pmi-pmp', 'apm-pmq', 'prince2-practitioner'],
  },
  {
    who: 'a PM with 30 months leading who wants to lead projects',
    p: { ...pm, monthsLeading: 30, trainingHours: 35, goal: 'lead-projects' },
    first: 'pmi-pmp',
    top3: ['pmi-pmp', 'apm-pmq', 'prince2-practitioner'],
  },
  {
    who: 'a UK public-sector PM working to plan',
    p: { ...pm, monthsLeading: 36, region: 'uk', sector: 'public-sector', method: 'predictive', goal: 'lead-projects' },
    first: 'prince2-practitioner',
    top3: ['prince2-practitioner', 'apm-pmq', 'pmi-pmp'],
  },
  {
    who: 'a PM on agile teams for 30 months',
    p: { ...pm, monthsLeading: 12, monthsAgile: 30, trainingHours: 30, method: 'agile', sector: 'software', goal: 'agile-delivery' },
    first: 'pmi-acp',
    top3: ['pmi-acp', 'scrumorg-psm-i', 'scrumorg-pspo-i'],
  },
  {
    who: 'a PM in a scaled-agile bank',
    p: { ...pm, monthsLeading: 30, method: 'scaled-agile', sector: 'finance', goal: 'agile-delivery' },
    top3: ['safe-scrum-master', 'safe-agilist', 'scrumorg-psm-i'],
  },
  {
    who: 'a PM in an ITSM organisation who wants to lead projects',
    p: { ...pm, monthsLeading: 20, method: 'service-management', goal: 'lead-projects' },
    top3: ['apm-pmq', 'pmi-pmp', 'prince2-practitioner'],
    never: entry,
  },
  {
    who: 'a PM in continental European engineering',
    p: { ...pm, monthsLeading: 40, region: 'europe', sector: 'engineering', goal: 'lead-projects' },
    top3: ['ipma-levels', 'prince2-practitioner', 'pmi-pmp'],
  },
  {
    who: 'a US healthcare PM',
    p: { ...pm, monthsLeading: 48, trainingHours: 35, region: 'north-america', sector: 'healthcare', goal: 'lead-projects' },
    first: 'pmi-pmp',
    top3: ['pmi-pmp', 'apm-pmq', 'prince2-practitioner'],
  },
  {
    who: 'a PM who leaves the stage open after 50 months leading projects',
    p: { education: 'bachelor', monthsWork: 70, monthsLeading: 50, trainingHours: 35 },
    first: 'pmi-pmp',
    top3: ['pmi-pmp', 'pmi-pmocp', 'apm-pmq'],
    never: entry,
  },
  {
    who: 'a PM in the UK who leaves the goal open',
    p: { ...pm, monthsLeading: 40, region: 'uk' },
    top3: ['apm-pmq', 'prince2-agile', 'prince2-practitioner'],
    never: entry,
  },
  {
    who: 'a PM who wants a PMO role',
    p: { ...pm, monthsLeading: 30, goal: 'pmo-governance' },
    first: 'pmi-pmocp',
    top3: ['pmi-pmocp', 'pmi-pmp', 'scrumorg-psm-i'],
  },
  // Credential holders
  {
    who: 'a PMP holder with 60 months who wants another credential',
    p: { ...pm, monthsLeading: 60, monthsWork: 90, held: ['pmi-pmp'], goal: 'first-credential' },
    top3: ['ipma-levels', 'pmi-acp', 'pmi-pmocp'],
    never: ['pmi-capm', 'pmi-pmp', ...entry],
  },
  {
    who: 'a PMP holder moving to agile teams',
    p: { ...pm, monthsLeading: 60, monthsWork: 90, held: ['pmi-pmp'], trainingHours: 28, method: 'agile', goal: 'agile-delivery' },
    first: 'pmi-acp',
    top3: ['pmi-acp', 'prince2-agile', 'safe-agilist'],
  },
  {
    who: 'a PMP holder moving to the UK',
    p: { ...pm, monthsLeading: 60, monthsWork: 90, held: ['pmi-pmp'], region: 'uk', method: 'predictive', goal: 'lead-projects' },
    first: 'prince2-practitioner',
    top3: ['prince2-practitioner', 'apm-pmq', 'apm-chpp'],
  },
  {
    who: 'a PMP holder who wants to work with IT operations',
    p: { ...pm, monthsLeading: 60, monthsWork: 90, held: ['pmi-pmp'], goal: 'service-management' },
    first: 'itil-4-foundation',
    top3: ['itil-4-foundation', 'pmi-acp', 'pmi-pmocp'],
  },
  {
    who: 'a PRINCE2 Practitioner in the UK who wants to lead bigger projects',
    p: { ...pm, monthsLeading: 48, held: ['prince2-practitioner'], region: 'uk', goal: 'lead-projects' },
    top3: ['apm-pmq', 'pmi-pmp', 'apm-chpp'],
    never: ['prince2-foundation'],
  },
  // Senior PMs, programmes and portfolios
  {
    who: 'a senior PM with a PMP aiming at programmes',
    p: { ...senior, monthsProgramme: 24, held: ['pmi-pmp'], goal: 'programme-portfolio' },
    firstOrSecond: ['peoplecert-msp', 'pmi-pgmp'],
    top3: ['peoplecert-msp', 'pmi-pgmp', 'apm-chpp'],
    never: entry,
  },
  {
    who: 'a senior PM with a PMP and 50 months of programmes, goal programmes',
    p: { ...senior, monthsProgramme: 50, held: ['pmi-pmp'], goal: 'programme-portfolio' },
    first: 'pmi-pgmp',
    top3: ['pmi-pgmp', 'peoplecert-msp', 'apm-chpp'],
  },
  {
    who: 'a senior PM who wants to specialise in risk',
    p: { ...senior, monthsWork: 100, monthsLeading: 70, sector: 'finance', goal: 'specialise' },
    first: 'pmi-rmp',
    top3: ['pmi-rmp', 'pmi-sp', 'peoplecert-msp'],
  },
  {
    who: 'a senior PM heading for a PMO',
    p: { ...senior, monthsWork: 100, monthsLeading: 70, goal: 'pmo-governance' },
    first: 'pmi-pmocp',
    top3: ['pmi-pmocp', 'pmi-pfmp', 'peoplecert-msp'],
  },
  {
    who: 'a UK senior PM aiming for chartered status',
    p: { ...senior, region: 'uk', held: ['apm-pmq'], goal: 'lead-projects' },
    first: 'apm-chpp',
    top3: ['apm-chpp', 'prince2-practitioner', 'pmi-pmp'],
  },
  {
    who: 'a programme manager holding the PMP',
    p: {
      stage: 'programme',
      education: 'bachelor',
      monthsWork: 150,
      monthsLeading: 84,
      monthsProgramme: 50,
      trainingHours: 60,
      held: ['pmi-pmp'],
      goal: 'programme-portfolio',
    },
    first: 'pmi-pgmp',
    top3: ['pmi-pgmp', 'peoplecert-msp', 'apm-chpp'],
    never: ['pmi-capm'],
  },
  {
    who: 'a UK programme manager',
    p: {
      stage: 'programme',
      education: 'bachelor',
      monthsWork: 150,
      monthsLeading: 60,
      monthsProgramme: 36,
      region: 'uk',
      sector: 'public-sector',
      goal: 'programme-portfolio',
    },
    first: 'peoplecert-msp',
    top3: ['peoplecert-msp', 'apm-chpp', 'pmi-pgmp'],
  },
  {
    who: 'a programme manager with no portfolio experience',
    p: { stage: 'programme', education: 'bachelor', monthsWork: 150, monthsLeading: 60, monthsProgramme: 60, goal: 'programme-portfolio' },
    first: 'pmi-pgmp',
    top3: ['pmi-pgmp', 'peoplecert-msp', 'apm-chpp'],
  },
  {
    who: 'a portfolio leader with 60 months of portfolio work',
    p: { stage: 'portfolio', education: 'bachelor', monthsWork: 180, monthsLeading: 60, monthsPortfolio: 60, goal: 'programme-portfolio' },
    first: 'pmi-pfmp',
    top3: ['pmi-pfmp', 'peoplecert-msp', 'apm-chpp'],
  },
  {
    who: 'a PMO leader strengthening governance',
    p: { stage: 'portfolio', education: 'bachelor', monthsWork: 140, monthsLeading: 60, held: ['pmi-pmp'], goal: 'pmo-governance' },
    firstOrSecond: ['pmi-pmocp', 'pmi-pfmp'],
    top3: ['pmi-pfmp', 'pmi-pmocp', 'peoplecert-msp'],
  },
  {
    who: 'a scaled-agile programme manager',
    p: {
      stage: 'programme',
      education: 'bachelor',
      monthsWork: 150,
      monthsLeading: 70,
      monthsProgramme: 40,
      method: 'scaled-agile',
      goal: 'programme-portfolio',
    },
    first: 'safe-agilist',
    top3: ['safe-agilist', 'pmi-pgmp', 'peoplecert-msp'],
  },
];
