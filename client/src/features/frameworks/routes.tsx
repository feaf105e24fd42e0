import type { RouteObject } from 'react-router';
import { FrameworkCatalogue } from './routes/framework-catalogue';
import { FrameworkPage } from './routes/framework-page';
import './frameworks.css';

/** The frameworks pages, mounted inside the app frame by the router. */
export const frameworksRoutes: RouteObject[] = [
  { path: 'frameworks', element: <FrameworkCatalogue /> },
  { path: 'frameworks/:reference', element: <FrameworkPage /> },
];
