/**
 * The eleven skill ids, their labels and groups, apart from the level
 * descriptions in dimensions.ts so browser code that only needs ids and
 * labels (the store, the chooser, the explorer's comparison) does not load
 * every description. Pure data.
 */
/** PMI's talent triangle (ways of working, power skills, business acumen) plus technical literacy. */
export const SKILL_GROUPS = ['ways-of-working', 'power-skills', 'business-acumen', 'technical-literacy'] as const;
export type SkillGroup = (typeof SKILL_GROUPS)[number];
export const GROUP_LABELS: Record<SkillGroup, string> = {
  'ways-of-working': 'Ways of working',
  'power-skills': 'Power skills',
  'business-acumen': 'Business acumen',
  'technical-literacy': 'Technical literacy',
};

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

/** Each skill's group. A unit test keeps them equal to the groups in dimensions.ts. */
export const SKILL_GROUP_OF: Readonly<Record<SkillId, SkillGroup>> = {
  planning: 'ways-of-working',
  'delivery-methods': 'ways-of-working',
  risk: 'ways-of-working',
  communication: 'power-skills',
  leadership: 'power-skills',
  stakeholders: 'power-skills',
  finance: 'business-acumen',
  strategy: 'business-acumen',
  governance: 'business-acumen',
  technical: 'technical-literacy',
  data: 'technical-literacy',
};
