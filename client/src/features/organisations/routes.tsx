import type { RouteObject } from 'react-router';

/**
 * The organisation directory and an organisation's page, mounted inside the app frame by the router. Loaded
 * on first visit, each page a chunk of its own, kept out of the bundle every page loads.
 */
export const organisationsRoutes: RouteObject[] = [
  {
    path: 'organisations',
    lazy: async () => {
      const { OrganisationDirectory } = await import('./routes/organisation-directory');
      return { Component: OrganisationDirectory };
    },
  },
  {
    path: 'organisations/:odsCode',
    lazy: async () => {
      const { OrganisationPage } = await import('./routes/organisation-page');
      return { Component: OrganisationPage };
    },
  },
];
