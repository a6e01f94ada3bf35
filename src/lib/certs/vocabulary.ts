/**
 * Controlled vocabularies shared by the certification data, the chooser's
 * form and the engine. Pure constants.
 */
export const BODIES = ['PMI', 'PeopleCert', 'Scrum.org', 'Scrum Alliance', 'Scaled Agile', 'CompTIA', 'Google', 'APM', 'IPMA'] as const;
export const CONFIDENCE = ['high', 'medium', 'low', 'unverified'] as const;
export const LEVELS = ['entry', 'mid', 'senior', 'executive', 'specialist'] as const;

export const CAREER_STAGES = ['newcomer', 'coordinator', 'project-manager', 'senior-pm', 'programme', 'portfolio'] as const;
export type CareerStage = (typeof CAREER_STAGES)[number];
export const STAGE_LABELS: Record<CareerStage, string> = {
  newcomer: 'New to projects',
  coordinator: 'Project coordinator or team member',
  'project-manager': 'Project manager',
  'senior-pm': 'Senior project manager',
  programme: 'Programme manager',
  portfolio: 'Portfolio or PMO leader',
};

/** Highest education, in ascending order. */
export const EDUCATION_LEVELS = ['none', 'secondary', 'associate', 'bachelor', 'postgraduate'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];
export const EDUCATION_LABELS: Record<EducationLevel, string> = {
  none: 'No formal qualification',
  secondary: 'Secondary school (high school diploma or equivalent)',
  associate: 'Associate degree or diploma',
  bachelor: "Four-year (bachelor's) degree",
  postgraduate: 'Postgraduate degree',
};

export const DELIVERY_METHODS = ['predictive', 'agile', 'hybrid', 'scaled-agile', 'service-management'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];
export const METHOD_LABELS: Record<DeliveryMethod, string> = {
  predictive: 'Predictive (plan-driven, waterfall)',
  agile: 'Agile (Scrum, Kanban)',
  hybrid: 'Hybrid (agile teams inside stage gates)',
  'scaled-agile': 'Scaled agile (SAFe)',
  'service-management': 'IT service management (ITIL-style operations)',
};

export const REGIONS = ['global', 'north-america', 'uk', 'europe', 'australia-nz', 'middle-east', 'india', 'asia', 'africa'] as const;
export type Region = (typeof REGIONS)[number];
export const REGION_LABELS: Record<Region, string> = {
  global: 'Anywhere / not sure',
  'north-america': 'North America',
  uk: 'United Kingdom',
  europe: 'Continental Europe',
  'australia-nz': 'Australia and New Zealand',
  'middle-east': 'Middle East',
  india: 'India',
  asia: 'Elsewhere in Asia',
  africa: 'Africa',
};

export const SECTORS = ['any', 'public-sector', 'it-services', 'software', 'finance', 'healthcare', 'engineering', 'defence'] as const;
export type Sector = (typeof SECTORS)[number];
export const SECTOR_LABELS: Record<Sector, string> = {
  any: 'Any / not sure',
  'public-sector': 'Public sector / government',
  'it-services': 'IT services and consulting',
  software: 'Software and product companies',
  finance: 'Banking, insurance and finance',
  healthcare: 'Healthcare',
  engineering: 'Engineering, construction and energy',
  defence: 'Defence and aerospace',
};

export const GOALS = [
  'first-credential',
  'lead-projects',
  'agile-delivery',
  'programme-portfolio',
  'pmo-governance',
  'specialise',
  'service-management',
] as const;
export type Goal = (typeof GOALS)[number];
export const GOAL_LABELS: Record<Goal, string> = {
  'first-credential': 'Get a first credential and a shared vocabulary',
  'lead-projects': 'Prove I can lead projects',
  'agile-delivery': 'Work in or lead agile teams',
  'programme-portfolio': 'Move to programme or portfolio management',
  'pmo-governance': 'Work in a PMO or on governance',
  specialise: 'Specialise (risk, scheduling)',
  'service-management': 'Work closely with IT operations',
};

export const BODY_LABELS: Record<(typeof BODIES)[number], string> = {
  PMI: 'Project Management Institute (PMI)',
  PeopleCert: 'PeopleCert (owner of AXELOS)',
  'Scrum.org': 'Scrum.org',
  'Scrum Alliance': 'Scrum Alliance',
  'Scaled Agile': 'Scaled Agile, Inc.',
  CompTIA: 'CompTIA',
  Google: 'Google (delivered on Coursera)',
  APM: 'Association for Project Management (APM, UK)',
  IPMA: 'International Project Management Association (IPMA)',
};

export const CONFIDENCE_LABELS: Record<(typeof CONFIDENCE)[number], string> = {
  high: 'Consistent across official or several independent sources',
  medium: 'From reliable secondary sources; confirm with the issuer',
  low: 'Sources disagree or are weak; check with the issuer',
  unverified: 'Not confirmed in our sources; check with the issuer',
};

export const LEVEL_LABELS: Record<(typeof LEVELS)[number], string> = {
  entry: 'Entry level',
  mid: 'Mid-career',
  senior: 'Senior',
  executive: 'Executive',
  specialist: 'Specialist',
};
