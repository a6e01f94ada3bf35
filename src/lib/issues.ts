/**
 * How a validation problem is reported, everywhere the build checks data
 * (content collections, the guide's configuration, an organisation's
 * overlay): one line per problem, naming the file and the field, e.g.
 *   src/content/roles/pmo-lead.yaml: field "profile.team[0]" Expected a number
 * Pure.
 */
export interface Issue {
  path: ReadonlyArray<PropertyKey>;
  message: string;
}

/** A field path as written in a file: `a.b[2].c`; "(root)" for the whole file. */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  const field = path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '');
  return field || '(root)';
}

/** One line per issue: `file: field "a.b[2]" message`. */
export function formatIssues(file: string, issues: ReadonlyArray<Issue>): string[] {
  return issues.map((i) => `${file}: field "${fieldPath(i.path)}" ${i.message}`);
}
