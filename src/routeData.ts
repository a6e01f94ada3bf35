/**
 * Starlight route middleware. The 404 page is served at every missing address,
 * so it must not claim one canonical address of its own (Starlight gives it
 * <link rel="canonical" href=".../404/"> and og:url): those are removed and
 * the page asks not to be indexed.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { notFoundHead } from './lib/head.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (route.id === '404') route.head = notFoundHead(route.head);
});
