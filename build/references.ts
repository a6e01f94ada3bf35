/**
 * Cross-collection reference check: every id a data file points at (a
 * certification, glossary term, role, chapter, market figure or sourced
 * fact) must exist. Pure.
 */
export type RefKind = 'certification' | 'term' | 'role' | 'chapter' | 'market' | 'fact';

export interface RefRecord {
  file: string;
  id: string;
  refs: Array<{ field: string; kind: RefKind; target: string }>;
}

export function checkReferences(records: RefRecord[], known: Record<RefKind, ReadonlySet<string>>): string[] {
  const errors: string[] = [];
  for (const r of records) {
    for (const ref of r.refs) {
      if (!known[ref.kind].has(ref.target)) {
        errors.push(`${r.file}: "${r.id}" field "${ref.field}" refers to unknown ${ref.kind} "${ref.target}"`);
      }
    }
  }
  return errors;
}

/** Refs from a list field: field "moves[2].to" style paths. */
export function listRefs(kind: RefKind, field: string, values: unknown): RefRecord['refs'] {
  return Array.isArray(values) ? values.filter((v): v is string => typeof v === 'string').map((target, i) => ({ field: `${field}[${i}]`, kind, target })) : [];
}
