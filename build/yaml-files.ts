/**
 * Pre-checks of the YAML data files (one entry per file) before Astro loads
 * them, so a bad file is named with its line and what to do, instead of
 * failing deep inside the content loader ("Cannot read properties of
 * undefined", "Expected type object, received object"). Pure: the caller
 * reads the files.
 */
import { isMap, isPair, isScalar, LineCounter, parseDocument, visit, type Document, type Scalar } from 'yaml';

const QUOTED = new Set<string>(['QUOTE_DOUBLE', 'QUOTE_SINGLE']);

/** The quoted scalar that runs to `offset` without its closing quote, with its key. */
function unclosedQuote(doc: Document, offset: number): { start: number; quote: string; key?: string } | undefined {
  let found: { start: number; quote: string; key?: string } | undefined;
  visit(doc, {
    Scalar(_key, node, path) {
      const s = node as Scalar;
      if (!s.range || !QUOTED.has(String(s.type))) return;
      if (s.range[0] <= offset && offset <= s.range[2]) {
        const parent = path.at(-1);
        const key = isPair(parent) && parent.value === s && isScalar(parent.key) ? String(parent.key.value) : undefined;
        found = { start: s.range[0], quote: s.type === 'QUOTE_DOUBLE' ? '"' : "'", ...(key ? { key } : {}) };
      }
    },
  });
  return found;
}

/**
 * Problems with one YAML data file, each starting with "file:line:col" or
 * "file", saying what is wrong and what to do; [] when the file holds one
 * mapping of fields (whose content the schemas then check).
 */
export function checkYamlSource(source: string, file: string): string[] {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return `${file}:${line}:${col}`;
  };
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const message = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    if (err.code === 'MISSING_CHAR' && /quote/.test(message)) {
      const open = unclosedQuote(doc, err.pos[0]);
      if (open) {
        const field = open.key ? ` of field "${open.key}"` : '';
        return [
          `${at(open.start)}: the quoted value${field} opened here with ${open.quote} is never closed (the YAML parser only noticed at the end of the file): add the closing ${open.quote} at the end of the value`,
        ];
      }
    }
    if (err.code === 'DUPLICATE_KEY') {
      return [`${at(err.pos[0])}: this field appears twice in the file: keep one of them`];
    }
    return [`${at(err.pos[0])}: not valid YAML: ${message}. Check the indentation (spaces, not tabs) and the quotes on this line and the one before`];
  }
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) {
    const what = source.trim() === '' ? 'is empty' : 'holds only comments';
    return [`${file}: the file ${what}: write the entry's fields (e.g. "name: …") or delete the file`];
  }
  if (!isMap(contents)) {
    const kind = isScalar(contents) ? 'a single value' : 'a list (lines starting with "- ")';
    return [
      `${at(contents.range?.[0] ?? 0)}: the top level is ${kind}, but each file holds one entry as fields ("name: …", "summary: …"): remove the leading "- " and indent, or split the list into one file per entry`,
    ];
  }
  return [];
}

/** A role file's kind and rung number, as read before the schema check. */
export interface RungRecord {
  file: string;
  id: string;
  kind: unknown;
  rung: unknown;
}

/** Two rungs with the same number: names both files and what to do. */
export function duplicateRungs(roles: RungRecord[]): string[] {
  const byNumber = new Map<number, RungRecord[]>();
  for (const r of roles) {
    if (r.kind !== 'rung' || typeof r.rung !== 'number') continue;
    byNumber.set(r.rung, [...(byNumber.get(r.rung) ?? []), r]);
  }
  const errors: string[] = [];
  for (const [n, same] of [...byNumber].sort(([a], [b]) => a - b)) {
    if (same.length < 2) continue;
    const [first, ...rest] = same.sort((a, b) => a.file.localeCompare(b.file));
    for (const r of rest) {
      errors.push(
        `${r.file}: role "${r.id}" field "rung" is ${n}, the same as ${first!.file} (role "${first!.id}"): give each rung its own number, 1 at the bottom of the ladder`,
      );
    }
  }
  return errors;
}
