/**
 * The eleven skill ids and their labels, apart from the level descriptions in
 * dimensions.ts so browser code that only needs ids and labels (the store,
 * the chooser) does not load every description. Pure data.
 */
export const SKILL_IDS = [
  'planning',
  'delivery-methods',
  'risk',
  'communication',
  'leadership',
  'stakeholders',
  'finance',
  'strategy',
  'governance',
  'technical',
  'data',
] as const;
export type SkillId = (typeof SKILL_IDS)[number];

/**
 * The skills' labels on their own, for code that must not pull in every level
 * description (the chooser's bundle). A unit test keeps them equal to the
 * labels in dimensions.ts.
 */
export const SKILL_LABELS: Readonly<Record<SkillId, string>> = {
  planning: 'Planning and scheduling',
  'delivery-methods': 'Delivery methods',
  risk: 'Risk and issue management',
  communication: 'Communication',
  leadership: 'Leadership and influence',
  stakeholders: 'Stakeholder management',
  finance: 'Budgeting and finance',
  strategy: 'Strategy and value',
  governance: 'Governance and vendors',
  technical: 'Technical literacy',
  data: 'Data and reporting',
};
