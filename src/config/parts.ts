/**
 * The guide's structure: four parts a reader moves through, in order. The
 * sidebar, the home page and the content-integrity check (every chapter in
 * exactly one part) read this list.
 */
export interface GuidePart {
  label: string;
  /** What the part is for, shown on the home page. */
  blurb: string;
  /** Chapter slugs under src/content/docs/guide/, in reading order. */
  chapters: string[];
}

export const GUIDE_PARTS: readonly GuidePart[] = [
  {
    label: 'Understand the job',
    blurb: 'What IT project managers do all week, who the work suits, and the delivery models you will meet.',
    chapters: ['why-it-project-management', 'the-role', 'delivery-models'],
  },
  {
    label: 'Get in',
    blurb: 'Routes in, first project experience from the job you have, getting hired and your first 90 days.',
    chapters: ['foundations', 'getting-experience', 'uk-routes-in', 'getting-hired', 'first-90-days'],
  },
  {
    label: 'Do the job well',
    blurb: 'Skills, plans and estimates, budgets and contracts, risk, stakeholders, go-live and the problems that recur.',
    chapters: [
      'skills',
      'starting-a-project',
      'planning-and-estimating',
      'budgets-and-contracts',
      'buying-from-suppliers',
      'risk-management',
      'stakeholders-and-reporting',
      'ai-in-it-projects',
      'running-several-projects',
      'go-live',
      'common-challenges',
      'tools-and-habits',
    ],
  },
  {
    label: 'Grow',
    blurb: 'Certifications, the ladder and the routes beside it, a long-term plan, further reading and quick answers.',
    chapters: ['certifications', 'career-progression', 'other-routes', 'career-strategy', 'reading-list', 'faq'],
  },
];

export const CHAPTER_SLUGS: readonly string[] = GUIDE_PARTS.flatMap((p) => p.chapters);
