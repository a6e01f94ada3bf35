// Scaling check (part of the bench, not a test): does the build grow linearly
// with content? Copies the project into a temporary folder, builds it as it
// is (1×) and with ten times the chapters and glossary terms (10×), and
// reports wall time, CPU time (user + system) and peak memory of each build.
// Goal: CPU at 10× ≤ 10 × CPU at 1×.
//   node scripts/bench-scale.mjs [factor=10]        (npm run bench -- --scale)
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';

const root = resolve(import.meta.dirname, '..');
const factor = Number(process.argv[2] ?? 10);
const SKIP = new Set(['node_modules', '.tools', '.git', '.astro', '.bench-scale', 'test-results', 'playwright-report', 'bench-results', 'screenshots']);

/** A copy of the project (sources, and node_modules hard-linked). */
function copyProject(dest) {
  mkdirSync(dest, { recursive: true });
  for (const name of readdirSync(root)) {
    if (SKIP.has(name) || name.startsWith('dist') || name.startsWith('.dist')) continue;
    cpSync(join(root, name), join(dest, name), { recursive: true });
  }
  // A node_modules of its own, hard-linked (no copying, no extra space):
  // Vite mangles the ids of modules outside the project folder, and Astro and
  // Vite keep caches with absolute paths inside node_modules (.astro, .vite)
  // that must not be shared with the project's own builds.
  const modules = realpathSync(join(root, 'node_modules'));
  mkdirSync(join(dest, 'node_modules'));
  for (const name of readdirSync(modules)) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    execFileSync('cp', ['-al', join(modules, name), join(dest, 'node_modules', name)]);
  }
}

/** (factor − 1) more copies of every chapter and every glossary term, each with its own id, title and names. */
function multiplyContent(dest, n) {
  const guide = join(dest, 'src/content/docs/guide');
  for (const file of readdirSync(guide).filter((f) => /\.mdx?$/.test(f))) {
    const source = readFileSync(join(guide, file), 'utf8');
    for (let k = 2; k <= n; k++) {
      const copy = source.replace(/^title: (.*)$/m, (_, t) => `title: ${JSON.stringify(`${String(parse(t))} (copy ${k})`)}`);
      writeFileSync(join(guide, file.replace(/(\.mdx?)$/, `-copy-${k}$1`)), copy);
    }
  }
  const glossary = join(dest, 'src/content/glossary');
  for (const file of readdirSync(glossary).filter((f) => /\.ya?ml$/.test(f))) {
    const term = parse(readFileSync(join(glossary, file), 'utf8'));
    for (let k = 2; k <= n; k++) {
      const copy = {
        ...term,
        name: `${term.name} copy ${k}`,
        aliases: (term.aliases ?? []).map((a) => `${a} copy ${k}`),
      };
      writeFileSync(join(glossary, file.replace(/(\.ya?ml)$/, `-copy-${k}$1`)), stringify(copy));
    }
  }
}

function count(dir, re) {
  return readdirSync(dir).filter((f) => re.test(f)).length;
}

/** Builds the copy with GNU time: wall seconds, CPU seconds (user + sys), peak resident memory in MiB. */
function timedBuild(dest) {
  const res = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', join(dest, 'node_modules/.bin/astro'), 'build'], {
    cwd: dest,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 256 * 1024 * 1024,
  });
  const last = res.stderr.trim().split('\n').pop() ?? '';
  const m = /^([\d.]+) ([\d.]+) ([\d.]+) (\d+)$/.exec(last);
  if (res.status !== 0 || !m) {
    process.stderr.write(res.stdout.slice(-4000) + res.stderr.slice(-4000));
    throw new Error(`build in ${dest} failed`);
  }
  const pages = Number(/(\d+) page\(s\) built/.exec(res.stdout)?.[1] ?? NaN);
  return { wall: Number(m[1]), cpu: Number(m[2]) + Number(m[3]), rssMiB: Number(m[4]) / 1024, pages };
}

execFileSync('/usr/bin/time', ['--version'], { stdio: 'ignore' });
mkdirSync(join(root, '.bench-scale'), { recursive: true });
const work = mkdtempSync(join(root, '.bench-scale', 'run-'));
try {
  const results = [];
  for (const n of [1, factor]) {
    const dest = join(work, `x${n}`);
    copyProject(dest);
    if (n > 1) multiplyContent(dest, n);
    const chapters = count(join(dest, 'src/content/docs/guide'), /\.mdx?$/);
    const terms = count(join(dest, 'src/content/glossary'), /\.ya?ml$/);
    process.stdout.write(`Building ${n}× (${chapters} chapters, ${terms} terms)… `);
    const r = timedBuild(dest);
    console.log(`${r.pages} pages, ${r.wall.toFixed(1)} s wall, ${r.cpu.toFixed(1)} s CPU, ${r.rssMiB.toFixed(0)} MiB peak`);
    results.push({ n, chapters, terms, ...r });
    rmSync(dest, { recursive: true, force: true });
  }
  const [one, many] = results;
  const ratio = many.cpu / one.cpu;
  console.log(
    `\nScaling ${factor}×: CPU ${ratio.toFixed(2)}× (goal ≤ ${factor}×), wall ${(many.wall / one.wall).toFixed(2)}×, pages ${(many.pages / one.pages).toFixed(2)}×, peak memory ${(many.rssMiB / one.rssMiB).toFixed(2)}×`,
  );
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(join(root, 'bench-results/scale.json'), JSON.stringify({ factor, results, cpuRatio: ratio }, null, 2));
  if (ratio > factor) console.log(`Build CPU grows faster than the content: ${ratio.toFixed(2)}× for ${factor}× content.`);
} finally {
  rmSync(work, { recursive: true, force: true });
  rmSync(join(root, '.bench-scale'), { recursive: true, force: true });
}
