/**
 * The fixed skill dimensions every role is rated on (1–5), grouped on PMI's
 * talent triangle (ways of working, power skills, business acumen) plus
 * technical literacy. The self-assessment uses the same dimensions and level
 * descriptions. Pure data.
 */
import { SKILL_IDS, type SkillGroup, type SkillId } from './skill-ids.ts';
export { GROUP_LABELS, SKILL_GROUP_OF, SKILL_GROUPS, SKILL_IDS, SKILL_LABELS, type SkillGroup, type SkillId } from './skill-ids.ts';

export interface SkillDimension {
  id: SkillId;
  group: SkillGroup;
  label: string;
  /** What the dimension covers, in one line. */
  description: string;
  /** What levels 1 to 5 look like, one line each (index 0 = level 1). */
  levels: [string, string, string, string, string];
  /** Where to grow it: chapter ids, glossary term ids and certification ids (checked by tests). */
  helps: { chapters: string[]; terms: string[]; certifications: string[] };
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
    helps: {
      chapters: ['guide/planning-and-estimating', 'guide/tools-and-habits'],
      terms: ['work-breakdown-structure', 'critical-path', 'milestone', 'dependency', 'buffer'],
      certifications: ['pmi-capm', 'pmi-pmp'],
    },
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
    helps: {
      chapters: ['guide/delivery-models', 'guide/go-live'],
      terms: ['predictive', 'agile', 'hybrid', 'scrum', 'kanban'],
      certifications: ['pmi-acp', 'scrumorg-psm-i', 'prince2-agile'],
    },
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
    helps: {
      chapters: ['guide/risk-management', 'guide/common-challenges'],
      terms: ['raid-log', 'risk-register', 'escalation', 'contingency', 'risk-appetite'],
      certifications: ['pmi-rmp', 'pmi-pmp'],
    },
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
    helps: {
      chapters: ['guide/stakeholders-and-reporting', 'guide/skills'],
      terms: ['status-report', 'communication-plan', 'steering-committee', 'decision-log'],
      certifications: ['pmi-capm', 'apm-pfq'],
    },
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
    helps: {
      chapters: ['guide/skills', 'guide/first-90-days'],
      terms: ['power-skills', 'raci', 'retrospective', 'scrum-master'],
      certifications: ['pmi-pmp', 'scrumalliance-csm'],
    },
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
    helps: {
      chapters: ['guide/stakeholders-and-reporting', 'guide/common-challenges'],
      terms: ['stakeholder', 'stakeholder-map', 'communication-plan', 'change-management'],
      certifications: ['pmi-pmp', 'prince2-practitioner'],
    },
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
    helps: {
      chapters: ['guide/budgets-and-contracts'],
      terms: ['business-case', 'earned-value', 'capex-opex', 'vendor-management', 'statement-of-work'],
      certifications: ['pmi-pmp', 'pmi-pgmp'],
    },
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
    helps: {
      chapters: ['guide/career-progression', 'guide/other-routes'],
      terms: ['business-case', 'benefits-realisation', 'portfolio', 'programme', 'business-acumen'],
      certifications: ['pmi-pgmp', 'pmi-pfmp'],
    },
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
    helps: {
      chapters: ['guide/stakeholders-and-reporting', 'guide/go-live'],
      terms: ['governance', 'change-control', 'pmo', 'steering-committee', 'vendor-management'],
      certifications: ['prince2-practitioner', 'pmi-pmocp'],
    },
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
    helps: {
      chapters: ['guide/foundations', 'guide/go-live'],
      terms: ['sdlc', 'api', 'integration', 'regression-testing', 'production-change-management'],
      certifications: ['comptia-project-plus', 'itil-4-foundation'],
    },
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
    helps: {
      chapters: ['guide/budgets-and-contracts', 'guide/stakeholders-and-reporting'],
      terms: ['burndown-chart', 'velocity', 'cycle-time', 'earned-value'],
      certifications: ['pmi-pmp', 'pmi-sp'],
    },
  },
];

