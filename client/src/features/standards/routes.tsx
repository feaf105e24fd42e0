import type { RouteObject } from 'react-router';
import '../catalogue/catalogue.css';

/**
 * The standards pages, mounted inside the app frame by the router. Loaded on first visit, each page a chunk
 * of its own, kept out of the bundle every page loads.
 */
export const standardsRoutes: RouteObject[] = [
  {
    path: 'standards',
    lazy: async () => {
      const { StandardsPage } = await import('./routes/standards-page');
      return { Component: StandardsPage };
    },
  },
  {
    path: 'standards/new',
    lazy: async () => {
      const { NewStandardPage } = await import('./routes/new-standard-page');
      return { Component: NewStandardPage };
    },
  },
  {
    path: 'standards/:code',
    lazy: async () => {
      const { StandardPage } = await import('./routes/standard-page');
      return { Component: StandardPage };
    },
  },
  {
    path: 'standards/:code/edit',
    lazy: async () => {
      const { EditStandardPage } = await import('./routes/edit-standard-page');
      return { Component: EditStandardPage };
    },
  },
];
