/**
 * The fixed skill dimensions every role is rated on (1–5), grouped on PMI's
 * talent triangle (ways of working, power skills, business acumen) plus
 * technical literacy. The self-assessment uses the same dimensions and level
 * descriptions. Pure data.
 */
import type { SkillGroup, SkillId } from './skill-ids.ts';
export { GROUP_LABELS, SKILL_GROUP_OF, SKILL_GROUPS, SKILL_IDS, SKILL_LABELS, type SkillGroup, type SkillId } from './skill-ids.ts';

export interface ReadNext {
  /** A chapter id with a section anchor: "guide/risk-management#choosing-a-response". */
  to: string;
  /** Why it helps, in one sentence. */
  why: string;
}

export interface SkillDimension {
  id: SkillId;
  group: SkillGroup;
  label: string;
  /** What the dimension covers, in one line. */
  description: string;
  /** What levels 1 to 5 look like, one line each (index 0 = level 1). */
  levels: [string, string, string, string, string];
  /**
   * What to read next to grow it: at most three sections of the guide, each
   * with the reason it helps, written for this skill (the site pass checks
   * every link and anchor).
   */
  readNext: ReadNext[];
}

export const SKILL_DIMENSIONS: readonly SkillDimension[] = [
  {
    id: 'planning',
    group: 'ways-of-working',
    label: 'Planning and scheduling',
    description: 'Turning a goal into sequenced work, milestones and dates that hold.',
    levels: [
      'Keeps a task list for own work.',
      'Maintains a plan someone else built; spots slipping tasks.',
      'Builds and runs the plan for one project, with dependencies and buffers.',
      'Plans complex, multi-team work and re-plans calmly under pressure.',
      'Sets planning standards across many projects and teaches them.',
    ],
    readNext: [
      {
        to: 'guide/planning-and-estimating#three-ways-to-estimate',
        why: 'Three ways to estimate compared, and how to give a sponsor a range instead of a single date.',
      },
      {
        to: 'guide/planning-and-estimating#dependencies-the-critical-path-and-milestones',
        why: 'Finding the chain of tasks that sets the end date, so you know which delay matters.',
      },
      {
        to: 'guide/running-several-projects#your-own-portfolio-view-once-a-week',
        why: 'Keeping several small plans honest with one weekly view instead of a dozen schedules.',
      },
    ],
  },
  {
    id: 'delivery-methods',
    group: 'ways-of-working',
    label: 'Delivery methods',
    description: 'Choosing and running predictive, agile or hybrid ways of delivering.',
    levels: [
      'Knows the names of the main approaches.',
      'Works inside one approach as a team member.',
      'Runs a project in the approach the organisation uses and tailors it sensibly.',
      'Chooses the approach per project and blends agile teams into governance.',
      'Shapes the organisation’s delivery frameworks.',
    ],
    readNext: [
      {
        to: 'guide/delivery-models#choosing-and-tailoring-an-approach',
        why: 'Picking predictive, agile or hybrid for a given project, and explaining the choice to a sponsor.',
      },
      {
        to: 'guide/delivery-models#hybrid-agile-teams-inside-governance',
        why: 'Where most IT organisations land: sprints inside stage gates, and where the two rub.',
      },
      {
        to: 'guide/planning-and-estimating#estimating-with-an-agile-team',
        why: 'Story points and velocity from the project manager’s side, including how far a forecast can be trusted.',
      },
    ],
  },
  {
    id: 'risk',
    group: 'ways-of-working',
    label: 'Risk and issue management',
    description: 'Seeing trouble early, owning responses and escalating at the right time.',
    levels: [
      'Reports problems when they happen.',
      'Keeps a RAID log up to date and chases owners.',
      'Identifies and manages a project’s risks; escalates with options.',
      'Manages cross-team and vendor risk; sets contingency.',
      'Sets risk appetite and escalation rules for a portfolio.',
    ],
    readNext: [
      {
        to: 'guide/risk-management#writing-a-risk-someone-can-act-on',
        why: 'Writing a risk as cause, event and effect, so its owner knows what to do about it.',
      },
      {
        to: 'guide/risk-management#owners-rhythm-and-triggers',
        why: 'Who owns each risk, how often to review them, and the triggers that turn a risk into an issue.',
      },
      {
        to: 'guide/common-challenges#another-teams-delay-is-moving-your-date',
        why: 'A worked case of escalating another team’s delay with options instead of a complaint.',
      },
    ],
  },
  {
    id: 'communication',
    group: 'power-skills',
    label: 'Communication',
    description: 'Status, meetings and writing that tell each audience what changed and who must act.',
    levels: [
      'Takes clear notes and action items.',
      'Writes accurate status updates and runs routine meetings.',
      'Tailors messages to engineers and executives; runs steering meetings.',
      'Handles difficult conversations and bad news with senior leaders.',
      'Shapes how an organisation communicates about its change portfolio.',
    ],
    readNext: [
      {
        to: 'guide/stakeholders-and-reporting#status-reports-people-can-act-on',
        why: 'What a status report needs before its reader can decide anything from it.',
      },
      {
        to: 'guide/skills#bringing-people-with-you',
        why: 'Writing the same message for a sponsor and for an engineer, and persuading people who do not report to you.',
      },
      { to: 'guide/stakeholders-and-reporting#rag-status-done-honestly', why: 'Reporting amber and red early without it reading as failure.' },
    ],
  },
  {
    id: 'leadership',
    group: 'power-skills',
    label: 'Leadership and influence',
    description: 'Getting people who do not report to you to commit and follow through.',
    levels: [
      'Reliable team member.',
      'Facilitates small meetings and follows up commitments.',
      'Leads a cross-functional team without formal authority.',
      'Leads leaders; mentors project managers.',
      'Builds delivery capability and culture across the organisation.',
    ],
    readNext: [
      { to: 'guide/skills#bringing-people-with-you', why: 'Influence without authority: getting work done by people who report to someone else.' },
      { to: 'guide/first-90-days#days-31-to-60-take-ownership', why: 'Taking charge of a project you inherited without rushing changes in.' },
      { to: 'guide/common-challenges#nobody-owns-this', why: 'Getting an owner named when every team says the task belongs to another.' },
    ],
  },
  {
    id: 'stakeholders',
    group: 'power-skills',
    label: 'Stakeholder management',
    description: 'Knowing who cares, what they need, and keeping them aligned.',
    levels: [
      'Knows who the main stakeholders are.',
      'Keeps a stakeholder list and contact rhythm.',
      'Maps and manages a project’s stakeholders, including resistant ones.',
      'Aligns senior sponsors with competing interests.',
      'Manages executive and board-level relationships.',
    ],
    readNext: [
      {
        to: 'guide/stakeholders-and-reporting#mapping-who-matters',
        why: 'Mapping influence and interest, including the people an organisation chart leaves out.',
      },
      {
        to: 'guide/common-challenges#a-stakeholder-keeps-adding-things',
        why: 'Steering extra requests through change control without souring the relationship.',
      },
      { to: 'guide/common-challenges#your-sponsor-has-gone-quiet', why: 'What to do when the person who should decide stops turning up.' },
    ],
  },
  {
    id: 'finance',
    group: 'business-acumen',
    label: 'Budgeting and finance',
    description: 'Estimating cost, tracking spend and reading the money side of decisions.',
    levels: [
      'Records time and costs when asked.',
      'Tracks spend against a budget someone else owns.',
      'Owns a project budget and forecasts to completion.',
      'Manages large budgets, vendor contracts and commercial trade-offs.',
      'Allocates investment across programmes by value.',
    ],
    readNext: [
      {
        to: 'guide/budgets-and-contracts#building-the-budget-line-by-line',
        why: 'A worked budget with the basis of every line shown and its reserves kept visible.',
      },
      {
        to: 'guide/budgets-and-contracts#earned-value-at-month-three',
        why: 'Earned value with real figures, so you can tell overspending from spending early.',
      },
      {
        to: 'guide/buying-from-suppliers#clauses-to-read-before-signature',
        why: 'The five parts of a supplier contract to read before signature, and what to ask of each.',
      },
    ],
  },
  {
    id: 'strategy',
    group: 'business-acumen',
    label: 'Strategy and value',
    description: 'Connecting work to business outcomes and benefits.',
    levels: [
      'Knows why the project exists.',
      'Explains the business case in own words.',
      'Keeps delivery tied to outcomes; reports benefits.',
      'Shapes programmes around strategic outcomes.',
      'Decides which initiatives the organisation funds.',
    ],
    readNext: [
      {
        to: 'guide/starting-a-project#a-business-case-with-the-do-nothing-option-in-it',
        why: 'A business case measured against doing nothing, which is how funding decisions are made.',
      },
      {
        to: 'guide/starting-a-project#benefits-someone-will-measure-after-you-leave',
        why: 'Benefits with an owner and a measure, so value is still tracked after the project closes.',
      },
      { to: 'guide/career-progression#what-each-rung-is-trusted-with', why: 'How much more strategy and value weigh at each rung, from project to portfolio.' },
    ],
  },
  {
    id: 'governance',
    group: 'business-acumen',
    label: 'Governance and vendors',
    description: 'Decision rights, controls, contracts and compliance.',
    levels: [
      'Follows the process.',
      'Prepares governance paperwork and keeps decision logs.',
      'Runs stage gates and change control for a project; manages a supplier.',
      'Designs governance for programmes and negotiates with vendors.',
      'Sets PMO standards and portfolio governance.',
    ],
    readNext: [
      {
        to: 'guide/stakeholders-and-reporting#tolerances-and-escalation',
        why: 'Setting tolerances, so you know which decisions go up a level and which stay with you.',
      },
      { to: 'guide/stakeholders-and-reporting#steering-committee-papers', why: 'Papers that get a steering committee to decide rather than discuss.' },
      { to: 'guide/buying-from-suppliers#managing-the-supplier-after-signature', why: 'Managing a supplier against the contract once it is signed.' },
    ],
  },
  {
    id: 'technical',
    group: 'technical-literacy',
    label: 'Technical literacy',
    description: 'Understanding enough of the technology to ask good questions.',
    levels: [
      'Uses the tools of the job.',
      'Knows the basics of the SDLC, environments and releases.',
      'Follows architecture, integration and security discussions; triages accurately.',
      'Challenges technical plans and spots integration risk early.',
      'Advises on technology strategy and delivery capability.',
    ],
    readNext: [
      { to: 'guide/foundations#the-technical-literacy-you-need', why: 'The systems knowledge the job needs, and how deep to go in each area.' },
      {
        to: 'guide/foundations#worked-example-triaging-a-failing-integration',
        why: 'Following a failing integration with the engineers, step by step, without pretending to be one.',
      },
      { to: 'guide/go-live#the-cutover-plan-and-change-freeze', why: 'Cutover plans and change freezes, where the technical detail and the plan meet.' },
    ],
  },
  {
    id: 'data',
    group: 'technical-literacy',
    label: 'Data and reporting',
    description: 'Measuring progress with facts and turning data into decisions.',
    levels: [
      'Reads a dashboard.',
      'Maintains reports and trackers accurately.',
      'Chooses the measures for a project and reports progress with evidence.',
      'Builds forecasting and reporting across workstreams.',
      'Defines portfolio metrics that steer investment.',
    ],
    readNext: [
      {
        to: 'guide/budgets-and-contracts#tracking-spend-each-month',
        why: 'Tracking spend against the budget each month, laid out the way a finance team reads it.',
      },
      { to: 'guide/stakeholders-and-reporting#rag-status-done-honestly', why: 'Turning the numbers into a status colour a reader can trust.' },
      {
        to: 'guide/running-several-projects#your-own-portfolio-view-once-a-week',
        why: 'One weekly view across several projects: reporting to yourself before anyone else.',
      },
    ],
  },
];
