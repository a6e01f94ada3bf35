/**
 * Loads and validates the guide configuration for astro.config.ts. The file is
 * guide.config.ts unless GUIDE_CONFIG points at another (the tests' example
 * organisation uses tests/fixtures/org-site/guide.config.ts).
 */
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseGuideConfig, type GuideConfig } from './schema.ts';

export async function loadGuideConfig(root: string, env: NodeJS.ProcessEnv = process.env): Promise<GuideConfig> {
  const file = resolve(root, env.GUIDE_CONFIG ?? 'guide.config.ts');
  const name = relative(root, file);
  let raw: unknown;
  try {
    raw = (await import(/* @vite-ignore */ pathToFileURL(file).href)).default;
  } catch (err) {
    throw new Error(`Could not load the guide configuration ${name}: ${(err as Error).message}`);
  }
  const overrides: Record<string, unknown> = {};
  if (env.SITE_BASE) overrides.base = env.SITE_BASE;
  if (env.SITE_URL) overrides.site = env.SITE_URL;
  return parseGuideConfig({ ...(raw as object), ...overrides }, name);
}
