import type { RouteObject } from 'react-router';
import '../catalogue/catalogue.css';
import { EditStandardPage } from './routes/edit-standard-page';
import { NewStandardPage } from './routes/new-standard-page';
import { StandardPage } from './routes/standard-page';
import { StandardsPage } from './routes/standards-page';

/** The standards pages, mounted inside the app frame by the router. */
export const standardsRoutes: RouteObject[] = [
  { path: 'standards', element: <StandardsPage /> },
  { path: 'standards/new', element: <NewStandardPage /> },
  { path: 'standards/:code', element: <StandardPage /> },
  { path: 'standards/:code/edit', element: <EditStandardPage /> },
];
