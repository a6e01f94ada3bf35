import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { numberFootnotes, SOURCES_PLACEHOLDER } from '../../build/site/footnotes.ts';
import { parsePage } from '../../build/site/page.ts';
import { RULES, type SiteContext } from '../../build/site/rules.ts';
import { runSitePass } from '../../build/site/run.ts';
import { idsOf } from '../../build/link-check.ts';

/** What <Fact> renders for one fact: the value, a marker and its note in a template. */
const fact = (key: string, value: string, note = `Note for ${key}.`) =>
  `<span class="fact" data-fact-status="confirmed">${value}<sup class="fn"><a class="fn-ref" href="#source-${key}" data-fn="${key}">?</a></sup><template data-fn-note="${key}" data-status="confirmed">${note}</template></span>`;

test('source markers are numbered in reading order, repeats share a number, and the Sources list follows that order', () => {
  const html = `<main><p>${fact('b', 'B')} then ${fact('a', 'A')} and ${fact('b', 'B again')}</p>${SOURCES_PLACEHOLDER}</main>`;
  const { html: out, sources, problems } = numberFootnotes(html);
  assert.deepEqual(problems, []);
  assert.equal(sources, 2);
  assert.match(out, /B<sup class="fn"><a class="fn-ref" href="#source-1" id="fnref-1-1" aria-label="Source 1">1<\/a>/);
  assert.match(out, /A<sup class="fn"><a class="fn-ref" href="#source-2" id="fnref-2-1" aria-label="Source 2">2<\/a>/);
  assert.match(out, /B again<sup class="fn"><a class="fn-ref" href="#source-1" id="fnref-1-2"/);
  assert.doesNotMatch(out, /<template/);
  const list = out.slice(out.indexOf('<section class="page-sources"'));
  assert.ok(list.indexOf('Note for b.') < list.indexOf('Note for a.'), 'the list follows the order of first citation');
  assert.match(list, /<li id="source-1" class="source-note" data-status="confirmed">Note for b\. <a class="source-back" href="#fnref-1-1"/);
});

test('a page without facts loses its placeholder; a page with facts but no place for the list is reported', () => {
  assert.equal(numberFootnotes(`<p>x</p>${SOURCES_PLACEHOLDER}`).html, '<p>x</p>');
  assert.deepEqual(numberFootnotes(`<p>${fact('a', 'A')}</p>`).problems, ['the page shows sourced facts but has no place for its Sources list']);
});

const doc = (body: string, head = '<title>t</title>') => `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;
const site = (pages: Record<string, string>, base = '/'): SiteContext => ({
  base,
  files: new Set([...Object.keys(pages), '_astro/x.css']),
  idsOf: (file) => idsOf(pages[file] ?? ''),
});
const run = (rule: keyof typeof RULES, pages: Record<string, string>, file = 'index.html', base = '/') =>
  RULES[rule]!(parsePage(file, pages[file]!), site(pages, base)).map((f) => `${f.file}:${f.line} ${f.rule} ${f.message}`);

test('links: missing pages, files and anchors, relative links and links outside the base are reported with their line', () => {
  const pages = {
    'index.html': doc(
      '<a href="/guide/a/#intro">ok</a>\n<a href="/guide/missing/">x</a>\n<a href="/guide/a/#nope">y</a>\n<a href="guide/a/">rel</a>\n<a href="#top">top</a><h1 id="top">T</h1>',
    ),
    'guide/a/index.html': doc('<h2 id="intro">Intro</h2>'),
  };
  assert.deepEqual(run('links', pages), [
    'index.html:2 link link "/guide/missing/" points to no built page or file',
    'index.html:3 anchor link "/guide/a/#nope" points to a missing anchor #nope in guide/a/index.html',
    'index.html:4 relative-link link "guide/a/" is relative: write it root-relative ("/guide/…/")',
  ]);
  const based = { 'index.html': doc('<a href="/careers/">in</a><a href="/guide/a/">out</a>') };
  assert.deepEqual(run('links', based, 'index.html', '/careers/'), ['index.html:1 link link "/guide/a/" is outside the base path /careers/']);
});

test('links: plain http is reported except on loopback; text that merely mentions http is not', () => {
  const pages = {
    'index.html': doc(
      '<a href="http://www.pmi.org/">PMI</a><img src="http://cdn.example/x.png" alt=""><a href="http://127.0.0.1:4321/">local</a><p>type http://example.org</p>',
    ),
  };
  assert.deepEqual(
    run('links', pages).map((l) => l.split(' ').slice(1, 3).join(' ')),
    ['plain-http link', 'plain-http link'],
  );
});

test('one h1, and nothing after </html>', () => {
  assert.deepEqual(run('oneH1', { 'index.html': doc('<h1>a</h1><h1>b</h1>') }), ['index.html:1 one-h1 2 <h1> elements (expected one)']);
  assert.deepEqual(run('oneH1', { 'index.html': doc('<h1>a</h1>') }), []);
  const stray = '<!doctype html><html><head><title>t</title></head><body><h1>a</h1></body></html>\n<script type="module">x</script>';
  assert.deepEqual(run('afterDocumentEnd', { 'index.html': stray }), ['index.html:2 after-document-end <script> after </body> or </html> (a stray start tag)']);
});

test('nested parentheses in anything a reader sees are found; single ones and hidden text are fine', () => {
  const pages = { 'index.html': doc('<p>PMI (the institute (in the US)) says</p><p>A (b) and (c)</p><li>x<span hidden>(a (b))</span></li>') };
  assert.deepEqual(run('nestedParentheses', pages), ['index.html:1 nested-parentheses nested parentheses: "PMI (the institute (in the US)) says"']);
});

test('credential figures typed into prose are found; the same words inside a rendered fact are fine', () => {
  const pages = {
    'index.html': doc(
      `<p>Renew with 60 PDUs every three years.</p>\n<p>Renewal: ${fact('pmp-renewal', '60 PDUs every three years')}</p>\n<table><tr><td>The exam has 180 questions.</td></tr></table>`,
    ),
  };
  assert.deepEqual(run('factsInProse', pages), [
    'index.html:1 facts-in-prose "60 PDUs" is a count of renewal units typed into the text: render it from the data with <CertFact>',
    'index.html:3 facts-in-prose "180 questions" is an exam length typed into the text: render it from the data with <CertFact>',
  ]);
});

test('a source list linking a training vendor fails; issuers, statistics bodies and approved publishers pass', () => {
  const pages = {
    'index.html': doc(
      '<section class="page-sources"><ol><li><a href="https://www.pmi.org/x">PMI</a></li><li><a href="https://www.bls.gov/x">BLS</a></li>\n<li><a href="https://www.pmtraining.com/fees">PM Training</a></li></ol></section><p><a href="https://www.pmtraining.com/">a link in prose is not a source</a></p>',
    ),
  };
  assert.deepEqual(run('sourceAllowlist', pages), [
    'index.html:2 source-allowlist a source links to https://www.pmtraining.com/fees, which is not an issuer, a statistics body or an approved independent publisher',
  ]);
});

test('width hazards: a fixed width wider than a phone, long unbreakable text, a table outside a scroll box', () => {
  const pages = {
    'index.html': doc(
      '<div style="width: 640px">wide</div>\n<span style="white-space: nowrap">a label far too long to stay on one line on a phone</span>\n<table><tr><td>x</td></tr></table>\n<div class="table-scroll"><table><tr><td>ok</td></tr></table></div><div style="width: 300px">ok</div>',
    ),
  };
  assert.deepEqual(
    run('widthHazards', pages).map((l) => l.split(' ')[0]),
    ['index.html:1', 'index.html:2', 'index.html:3'],
  );
});

test('the whole pass finishes each page (notes numbered, policy added) and reports every failure with page, line and rule', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'site-pass-'));
  cpSync('tests/fixtures/site', dir, { recursive: true });
  const first = await runSitePass(dir, { base: '/', validateHtml: true });
  const lines = first.findings.map((f) => `${f.file}:${f.line} ${f.rule}`);
  assert.deepEqual(lines, [
    'broken/index.html:9 link',
    'broken/index.html:10 nested-parentheses',
    'broken/index.html:11 html-validate/element-permitted-content',
  ]);
  assert.equal(first.pages, 2);
  assert.equal(first.sources, 1);
  const ok = readFileSync(join(dir, 'index.html'), 'utf8');
  assert.match(ok, /<meta http-equiv="Content-Security-Policy"/);
  assert.match(ok, /<li id="source-1" class="source-note"/);
  // Run again on the finished site without changing it: the same findings, nothing added twice.
  const again = await runSitePass(dir, { base: '/', transform: false });
  assert.deepEqual(
    again.findings.map((f) => `${f.file}:${f.line} ${f.rule}`),
    lines,
  );
  rmSync(dir, { recursive: true });
});
