/**
 * The site pass on a folder that is already built, without changing it:
 *   node build/site/cli.ts dist [/base/]
 * Exits 1 and lists every finding with its page and line.
 */
import { formatFindings, runSitePass } from './run.ts';

const [root = 'dist', base = '/'] = process.argv.slice(2);
const { pages, findings } = await runSitePass(root, { base, transform: false });
if (findings.length > 0) {
  console.error(formatFindings(root, findings, 200));
  console.error(`\n${findings.length} finding(s) on ${pages} pages.`);
  process.exit(1);
}
console.log(`${pages} pages in ${root}/ pass every page-wide rule.`);
