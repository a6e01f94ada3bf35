/**
 * The shapes of an organisation's grades and certification policy once
 * validated (src/schemas/org.ts, src/config/org.ts). Plain JSON, so the same
 * data reaches server-rendered pages and the islands' JSON blocks.
 */
import type { ProfileOverride } from '../ladder/profile.ts';

export interface GradeRecord {
  grade: string;
  /** The guide's role id, e.g. "project-manager". */
  role: string;
  title?: string | undefined;
  payBand?: string | undefined;
  ask?: string | undefined;
  /** The organisation's own profile fields for this grade, each replacing the guide's. */
  profile?: ProfileOverride | undefined;
}

export interface OrgGradesData {
  organisation: string;
  /** What the grades are called, e.g. "Northwind grade". */
  label: string;
  grades: GradeRecord[];
}

export type CertPolicyStatus = 'funded' | 'preferred' | 'funded-and-preferred' | 'not-supported';

export interface CertPolicyEntry {
  status: CertPolicyStatus;
  note?: string | undefined;
}

export interface CertificationPolicyData {
  organisation: string;
  /** The training-budget rule, as written by the organisation. */
  budget: string | null;
  /** "policy": preferred credentials rank higher and unsupported ones lower; "neutral": marked only. */
  ranking: 'policy' | 'neutral';
  credentials: Record<string, CertPolicyEntry>;
}
