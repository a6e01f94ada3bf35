/**
 * Starlight route middleware:
 *  - the home page's tab title is the site title alone (not "Home title | Site
 *    title", which repeated the guide's name);
 *  - an organisation's `home.title` / `home.tagline` (guide.config.ts) replace
 *    the hero's (Starlight renders hero text as HTML, so it is escaped first);
 *  - the organisation's own pages carry its name as Pagefind metadata, which
 *    astro.config.ts weights so a search for the name lists them first;
 *  - the 404 page is served at every missing address, so it claims no
 *    canonical address or og:url of its own and asks not to be indexed.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import config from 'virtual:guide-config';
import { escapeHtml } from './lib/html.ts';
import { ORG_META, ORG_SEGMENT } from './config/org.ts';
import { notFoundHead } from './lib/head.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (route.id === '404') route.head = notFoundHead(route.head);
  if (route.id.startsWith(`${ORG_SEGMENT}/`) && config.organisation) {
    route.head.push({ tag: 'meta', attrs: { name: 'organisation', content: config.organisation, 'data-pagefind-meta': `${ORG_META}[content]` } });
  }
  if (route.id !== '') return;
  for (const tag of route.head) if (tag.tag === 'title') tag.content = config.title;
  const { title, tagline } = config.home;
  const hero = route.entry.data.hero;
  if (!hero || (!title && !tagline)) return;
  route.entry = {
    ...route.entry,
    data: {
      ...route.entry.data,
      hero: { ...hero, ...(title ? { title: escapeHtml(title) } : {}), ...(tagline ? { tagline: escapeHtml(tagline) } : {}) },
    },
  };
});
