/**
 * What makes the guide installable: the web app manifest (name, colours,
 * start address and scope under the base path) and its icons, drawn from the
 * configured logo with sharp: 192 and 512 pixel PNGs and a 512 pixel maskable
 * one (the logo inside the safe zone on the theme colour). Written into the
 * build before the site pass, which checks every page's link to it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import sharp from 'sharp';
import type { GuideConfig } from '../../src/config/schema.ts';

export const WEB_MANIFEST_FILE = 'manifest.webmanifest';
/** The guide's own colour (its logo's blue) when the organisation sets no accent. */
export const DEFAULT_THEME_COLOUR = '#1f4e8c';

export const ICONS = [
  { file: 'icons/icon-192.png', size: 192, purpose: 'any' },
  { file: 'icons/icon-512.png', size: 512, purpose: 'any' },
  { file: 'icons/icon-maskable-512.png', size: 512, purpose: 'maskable' },
] as const;

/** The manifest's content. Pure. */
export function webManifest(config: Pick<GuideConfig, 'title' | 'description' | 'organisation' | 'accent'>, base: string) {
  return {
    id: base,
    name: config.title,
    short_name: config.organisation ?? 'IT PM guide',
    description: config.description,
    lang: 'en-GB',
    dir: 'ltr',
    start_url: base,
    scope: base,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: config.accent ?? DEFAULT_THEME_COLOUR,
    icons: ICONS.map((i) => ({ src: `${base}${i.file}`, sizes: `${i.size}x${i.size}`, type: 'image/png', purpose: i.purpose })),
  };
}

/** The logo drawn as a square PNG of `size` pixels (an SVG is rendered at that size, not scaled up from its own). */
async function logoPng(source: string, size: number): Promise<Buffer> {
  const meta = await sharp(source).metadata();
  const isSvg = meta.format === 'svg';
  const density = isSvg ? Math.min(2400, Math.ceil((72 * size) / Math.max(meta.width ?? size, meta.height ?? size))) : undefined;
  return sharp(source, density ? { density } : {})
    .resize(size, size, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png()
    .toBuffer();
}

/** Files of the web app, by output-relative path. `logo` is the configured light logo, from the project root. */
export async function webAppFiles(config: GuideConfig, base: string, root: string): Promise<Map<string, Buffer>> {
  const logo = resolve(root, config.logo.light);
  const theme = config.accent ?? DEFAULT_THEME_COLOUR;
  const files = new Map<string, Buffer>();
  for (const icon of ICONS) {
    if (icon.purpose === 'any') {
      files.set(icon.file, await logoPng(logo, icon.size));
    } else {
      // Maskable: the platform may crop to a circle of 80% of the width, so the logo fits inside it.
      const inner = Math.round(icon.size * 0.56);
      const png = await sharp({ create: { width: icon.size, height: icon.size, channels: 4, background: theme } })
        .composite([{ input: await logoPng(logo, inner), gravity: 'centre' }])
        .png()
        .toBuffer();
      files.set(icon.file, png);
    }
  }
  files.set(WEB_MANIFEST_FILE, Buffer.from(`${JSON.stringify(webManifest(config, base), null, 2)}\n`));
  return files;
}

export async function writeWebApp(outDir: string, config: GuideConfig, base: string, root: string): Promise<number> {
  const files = await webAppFiles(config, base, root);
  for (const [file, data] of files) {
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    writeFileSync(join(outDir, file), data);
  }
  return files.size;
}
