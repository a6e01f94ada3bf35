// Finds runs of eight or more words that the guide's content shares with a
// folder of reference texts (the editors' research notes, kept outside the
// repository): `npm run originality -- <folder>`. Addresses are skipped, as
// are lines that only name something (an organisation, a credential, a
// title), which any text about it must repeat. Exits 1 when a run is found.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const RUN = 8;
const folder = process.argv[2];
if (!folder) {
  console.error('usage: npm run originality -- <folder of reference texts>');
  process.exit(2);
}
const files = (dir) => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
const words = (text) => text.toLowerCase().match(/[a-z0-9£$%']+/g) ?? [];
const runs = (ws) => ws.slice(0, Math.max(0, ws.length - RUN + 1)).map((_, i) => ws.slice(i, i + RUN).join(' '));

const reference = new Set(files(folder).flatMap((f) => runs(words(readFileSync(f, 'utf8')))));
let found = 0;
for (const file of files('src/content')) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (/https?:\/\//.test(line) || /^\s*(-\s*)?(name|label|title|publisher):/.test(line)) return;
      const shared = runs(words(line)).find((r) => reference.has(r));
      if (shared) {
        found += 1;
        console.log(`${relative('.', file)}:${i + 1} shares "${shared}"`);
      }
    });
}
console.log(found ? `${found} line(s) share a run of ${RUN} words with the reference texts.` : `No run of ${RUN} words is shared with the reference texts.`);
process.exit(found ? 1 : 0);
