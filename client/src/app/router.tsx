import { createBrowserRouter } from 'react-router';
import { ErrorPage } from '../features/site/routes/error-page';
import { HomePage } from '../features/site/routes/home-page';
import { NotFoundPage } from '../features/site/routes/not-found-page';
import { adminRoutes } from '../features/admin/routes';
import { catalogueRoutes } from '../features/catalogue/routes';
import { compareRoutes } from '../features/compare/routes';
import { complianceRoutes } from '../features/compliance/routes';
import { contractImportRoutes } from '../features/contract-import/routes';
import { contractsRoutes } from '../features/contracts/routes';
import { frameworkEditorRoutes } from '../features/framework-editor/routes';
import { frameworksRoutes } from '../features/frameworks/routes';
import { organisationsRoutes } from '../features/organisations/routes';
import { standardsRoutes } from '../features/standards/routes';
import { Layout } from './layout';

export function createRouter() {
  return createBrowserRouter([
    {
      element: <Layout />,
      // Only if the frame itself fails; page failures are caught below, inside the frame.
      errorElement: <ErrorPage />,
      // The first page's own code may still be loading (pages load on first visit): a moment's
      // blank page rather than a half-drawn frame.
      hydrateFallbackElement: <div className="nhsuk-width-container" aria-busy="true" />,
      children: [
        {
          errorElement: <ErrorPage />,
          children: [
            { index: true, element: <HomePage /> },
            ...organisationsRoutes,
            ...frameworksRoutes,
            ...frameworkEditorRoutes,
            ...catalogueRoutes,
            ...standardsRoutes,
            ...contractsRoutes,
            ...contractImportRoutes,
            ...compareRoutes,
            ...complianceRoutes,
            {
              path: 'about',
              lazy: async () => {
                const { AboutPage } = await import('../features/site/routes/about-page');
                return { Component: AboutPage };
              },
            },
            {
              path: 'sign-in',
              lazy: async () => {
                const { SignInPage } = await import('../features/identity/routes/sign-in-page');
                return { Component: SignInPage };
              },
            },
            ...adminRoutes,
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
