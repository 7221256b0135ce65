import type { ReactNode } from 'react';

/**
 * A route component that draws a lazily loaded page with props taken from the route (params,
 * search): it hands the page's `preload` to the router, so the page's chunk is fetched while the
 * route loads (and on hover, with intent preloading) instead of after the route has rendered.
 */
export function withPreload(
  component: () => ReactNode,
  page: { preload?: () => Promise<void> | undefined },
): (() => ReactNode) & { preload: () => Promise<void> } {
  return Object.assign(component, { preload: async () => page.preload?.() });
}
