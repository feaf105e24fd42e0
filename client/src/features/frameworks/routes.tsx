import type { RouteObject } from 'react-router';
import './frameworks.css';

/**
 * The frameworks pages, mounted inside the app frame by the router. Loaded on first visit, each page a chunk
 * of its own, kept out of the bundle every page loads.
 */
export const frameworksRoutes: RouteObject[] = [
  {
    path: 'frameworks',
    lazy: async () => {
      const { FrameworkCatalogue } = await import('./routes/framework-catalogue');
      return { Component: FrameworkCatalogue };
    },
  },
  {
    path: 'frameworks/:reference',
    lazy: async () => {
      const { FrameworkPage } = await import('./routes/framework-page');
      return { Component: FrameworkPage };
    },
  },
];
