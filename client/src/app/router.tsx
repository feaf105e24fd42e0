import { createBrowserRouter } from 'react-router';
import { AuditTrailPage } from '../features/admin/routes/audit-trail-page';
import { NewUserPage } from '../features/admin/routes/new-user-page';
import { UserPage } from '../features/admin/routes/user-page';
import { UsersPage } from '../features/admin/routes/users-page';
import { SignInPage } from '../features/identity/routes/sign-in-page';
import { OrganisationDirectory } from '../features/organisations/routes/organisation-directory';
import { OrganisationPage } from '../features/organisations/routes/organisation-page';
import { AboutPage } from '../features/site/routes/about-page';
import { ErrorPage } from '../features/site/routes/error-page';
import { HomePage } from '../features/site/routes/home-page';
import { NotFoundPage } from '../features/site/routes/not-found-page';
import { catalogueRoutes } from '../features/catalogue/routes';
import { compareRoutes } from '../features/compare/routes';
import { complianceRoutes } from '../features/compliance/routes';
import { contractImportRoutes } from '../features/contract-import/routes';
import { contractsRoutes } from '../features/contracts/routes';
import { frameworkEditorRoutes } from '../features/framework-editor/routes';
import { frameworksRoutes } from '../features/frameworks/routes';
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
            { path: 'organisations', element: <OrganisationDirectory /> },
            { path: 'organisations/:odsCode', element: <OrganisationPage /> },
            ...frameworksRoutes,
            ...frameworkEditorRoutes,
            ...catalogueRoutes,
            ...standardsRoutes,
            ...contractsRoutes,
            ...contractImportRoutes,
            ...compareRoutes,
            ...complianceRoutes,
            { path: 'about', element: <AboutPage /> },
            { path: 'sign-in', element: <SignInPage /> },
            { path: 'admin/users', element: <UsersPage /> },
            { path: 'admin/users/new', element: <NewUserPage /> },
            { path: 'admin/users/:id', element: <UserPage /> },
            { path: 'admin/audit', element: <AuditTrailPage /> },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
