import type { RouteObject } from 'react-router';

/**
 * The comparison pages, mounted inside the app frame by the router. Loaded on first visit: the page
 * and its charts (Recharts) are a chunk of their own, kept out of the bundle every page loads.
 */
export const compareRoutes: RouteObject[] = [
  {
    path: 'compare',
    lazy: async () => {
      const { ComparePage } = await import('./routes/compare-page');
      return { Component: ComparePage };
    },
  },
];
