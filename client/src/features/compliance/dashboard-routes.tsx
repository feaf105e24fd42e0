import type { RouteObject } from 'react-router';

/**
 * The compliance dashboards, mounted inside the app frame by the router: the trusts × standards and
 * products × standards matrices, what needs attention, and a trust's estate. Loaded on first visit:
 * each page (and the charts of coverage, Recharts) is a chunk of its own.
 */
export const complianceDashboardRoutes: RouteObject[] = [
  {
    path: 'compliance',
    lazy: async () => {
      const { ComplianceMatrixPage } = await import('./routes/compliance-matrix-page');
      return { Component: ComplianceMatrixPage };
    },
  },
  {
    path: 'compliance/products',
    lazy: async () => {
      const { ProductMatrixPage } = await import('./routes/product-matrix-page');
      return { Component: ProductMatrixPage };
    },
  },
  {
    path: 'compliance/attention',
    lazy: async () => {
      const { AttentionPage } = await import('./routes/attention-page');
      return { Component: AttentionPage };
    },
  },
  {
    path: 'organisations/:odsCode/estate',
    lazy: async () => {
      const { EstatePage } = await import('./routes/estate-page');
      return { Component: EstatePage };
    },
  },
];
