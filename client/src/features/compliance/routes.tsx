import type { RouteObject } from 'react-router';
import { complianceDashboardRoutes } from './dashboard-routes';

/**
 * The compliance pages, mounted inside the app frame by the router: declarations (the form, a
 * declaration's page), a trust's compliance, a product's conformance and the verification queue.
 * Loaded on first visit, each a chunk of its own, kept out of the bundle every page loads.
 */
export const complianceRoutes: RouteObject[] = [
  {
    path: 'declarations/new',
    lazy: async () => {
      const { NewDeclarationPage } = await import('./routes/new-declaration-page');
      return { Component: NewDeclarationPage };
    },
  },
  {
    path: 'declarations/:id',
    lazy: async () => {
      const { DeclarationPage } = await import('./routes/declaration-page');
      return { Component: DeclarationPage };
    },
  },
  {
    path: 'declarations/:id/supersede',
    lazy: async () => {
      const { SupersedeDeclarationPage } = await import('./routes/supersede-declaration-page');
      return { Component: SupersedeDeclarationPage };
    },
  },
  {
    path: 'organisations/:odsCode/compliance',
    lazy: async () => {
      const { OrganisationCompliancePage } = await import('./routes/organisation-compliance-page');
      return { Component: OrganisationCompliancePage };
    },
  },
  {
    path: 'products/:id/conformance',
    lazy: async () => {
      const { ProductConformancePage } = await import('./routes/product-conformance-page');
      return { Component: ProductConformancePage };
    },
  },
  {
    path: 'compliance/verify',
    lazy: async () => {
      const { VerifyQueuePage } = await import('./routes/verify-queue-page');
      return { Component: VerifyQueuePage };
    },
  },
  ...complianceDashboardRoutes,
];
