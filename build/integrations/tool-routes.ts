/**
 * The tools' pages, from the tool registry (src/tools/registry.ts): each tool's
 * page and sub-pages live in its own folder and are routed from here, so a new
 * tool needs no file under src/pages/.
 */
import type { AstroIntegration } from 'astro';
import { toolRoutes } from '../../src/tools/registry.ts';

export default function toolRoutesIntegration(): AstroIntegration {
  return {
    name: 'tool-routes',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        for (const route of toolRoutes()) injectRoute(route);
      },
    },
  };
}
