/**
 * Compiles the offline scripts (src/offline/*.ts) into plain, minified
 * JavaScript with Vite (Astro's own bundler), each into one file with what
 * it imports: the worker, the worker that removes an old one, and the two
 * inline page scripts. Constants such as the base path are compiled in.
 */
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';

const SRC = fileURLToPath(new URL('../../src/offline/', import.meta.url));

export type OfflineScript = 'sw' | 'sw-off' | 'register' | 'unregister';

export async function compileScript(name: OfflineScript, define: Record<string, string> = {}): Promise<string> {
  const result = await build({
    configFile: false,
    envFile: false,
    logLevel: 'silent',
    publicDir: false,
    root: SRC,
    define: Object.fromEntries(Object.entries(define).map(([k, v]) => [k, JSON.stringify(v)])),
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      copyPublicDir: false,
      reportCompressedSize: false,
      lib: { entry: `${SRC}${name}.ts`, formats: ['iife'], name: '__offline', fileName: () => `${name}.js` },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error(`Compiling src/offline/${name}.ts produced no script`);
  return chunk.code.trim();
}
