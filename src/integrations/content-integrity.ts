/**
 * Build-time integrity checks that a per-entry schema cannot express:
 * glossary names/aliases unique, related and seeInstead ids exist, every
 * <Term id="…"> in the guide names a real term. Runs when Astro loads its
 * config (build, dev and check), so bad data stops everything with a message
 * naming the file, the term and the field.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { checkGlossaryIntegrity, findTermUses, type TermRecord, type TermUse } from '../lib/glossary.ts';

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Reads the glossary folder (one YAML file per term, id = file name). */
export function readGlossaryDir(dir: string, root: string): TermRecord[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => {
      const file = relative(root, join(dir, f));
      let data: Record<string, unknown>;
      try {
        data = (parse(readFileSync(join(dir, f), 'utf8')) ?? {}) as Record<string, unknown>;
      } catch (err) {
        throw new Error(`${file}: not valid YAML: ${(err as Error).message}`);
      }
      return {
        id: f.replace(/\.ya?ml$/, ''),
        file,
        name: typeof data.name === 'string' ? data.name : '',
        aliases: strings(data.aliases),
        related: strings(data.related),
        seeInstead: typeof data.seeInstead === 'string' ? data.seeInstead : undefined,
      };
    });
}

/** Every <Term id> used in the MD/MDX files below a folder. */
export function readTermUses(dir: string, root: string): TermUse[] {
  const uses: TermUse[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.mdx?$/.test(name)) uses.push(...findTermUses(readFileSync(path, 'utf8'), relative(root, path)));
    }
  };
  walk(dir);
  return uses;
}

export function checkContent(root: string, dirs = { glossary: 'src/content/glossary', docs: 'src/content/docs' }): string[] {
  const terms = readGlossaryDir(join(root, dirs.glossary), root);
  const uses = readTermUses(join(root, dirs.docs), root);
  return checkGlossaryIntegrity(terms, uses);
}

export default function contentIntegrity(): AstroIntegration {
  return {
    name: 'content-integrity',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const errors = checkContent(fileURLToPath(config.root));
        if (errors.length > 0) {
          throw new Error(`Content integrity check failed (${errors.length}):\n  - ${errors.join('\n  - ')}`);
        }
      },
    },
  };
}
