import { TOOLS } from '../../src/tools/registry.ts';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseGuideConfig } from '../../src/config/schema.ts';
import { accentCss, sidebarFor, visibleTools } from '../../src/config/starlight.ts';
import { accentPalette, contrastRatio, DARK_BG } from '../../src/lib/colour.ts';
import defaults from '../../guide.config.ts';

test('the default configuration reproduces the public site', () => {
  const c = parseGuideConfig(defaults, 'guide.config.ts');
  assert.equal(c.title, 'IT Project Management Career Guide');
  assert.equal(c.base, '/');
  assert.equal(c.organisation, null);
  assert.equal(accentCss(c), '');
  assert.deepEqual(
    sidebarFor(c).map((g) => g.label),
    ['Understand the job', 'Get in', 'Do the job well', 'Grow', 'Tools', 'About this guide'],
  );
  assert.equal(visibleTools(c).length, TOOLS.length);
  assert.deepEqual([c.favicon, c.home], [null, {}]);
});

test('bad values fail with the file and every field named', () => {
  assert.throws(
    () => parseGuideConfig({ accent: '#ffee00', base: '/a b/', site: 'ftp://x', hide: ['chapters'], colour: 'red' }, 'guide.config.ts'),
    (err: Error) => {
      for (const field of ['accent', 'base', 'site', 'hide[0]', '(root)'])
        assert.match(err.message, new RegExp(`guide.config.ts: field "${field.replace(/[()[\].]/g, '\\$&')}"`));
      assert.match(err.message, /too light/);
      return true;
    },
  );
  assert.throws(() => parseGuideConfig({ logo: { light: 'https://cdn.example/logo.svg' } }, 'x.ts'), /x\.ts: field "logo\.light"/);
  assert.throws(() => parseGuideConfig({ favicon: 'https://cdn.example/f.ico' }, 'x.ts'), /x\.ts: field "favicon"/);
  assert.throws(() => parseGuideConfig({ home: { tagline: 'short' } }, 'x.ts'), /x\.ts: field "home\.tagline"/);
  assert.throws(() => parseGuideConfig({ home: { actions: [] } }, 'x.ts'), /x\.ts: field "home\.actions"/);
});

test('an organisation’s config: base normalised, sections hidden, own pages first', () => {
  const c = parseGuideConfig({ organisation: 'Acme', base: 'careers', hide: ['templates', 'whole-guide'], orgPages: { label: 'At Acme' } }, 'c.ts');
  assert.equal(c.base, '/careers/');
  const sidebar = sidebarFor(c, ['org/levels', 'org/budget']);
  const parts = ['Understand the job', 'Get in', 'Do the job well', 'Grow'];
  assert.deepEqual(
    sidebar.map((g) => g.label),
    ['At Acme', ...parts, 'Tools', 'About this guide'],
  );
  assert.deepEqual(sidebar[0]!.items, [{ slug: 'org/levels' }, { slug: 'org/budget' }]);
  assert.deepEqual(
    sidebarFor(c).map((g) => g.label),
    [...parts, 'Tools', 'About this guide'],
    'no group without pages',
  );
  assert.equal(JSON.stringify(sidebar).includes('/tools/templates/'), false);
  assert.equal(JSON.stringify(sidebar).includes('/whole-guide/'), false);
});

test('the accent palette keeps text readable in both themes', () => {
  for (const accent of ['#0f6b4f', '#0b5cab', '#7a1fa2', '#222222', '#b3261e']) {
    const p = accentPalette(accent);
    assert.ok(contrastRatio(p.light.accent, '#ffffff') >= 4.5, accent);
    assert.ok(contrastRatio(p.dark.high, DARK_BG) >= 4.5, `${accent} dark ${p.dark.high}`);
    assert.match(accentCss(parseGuideConfig({ accent }, 'c.ts')), new RegExp(`--sl-color-accent:${accent}`));
  }
  assert.equal(contrastRatio('#000000', '#ffffff').toFixed(1), '21.0');
});
