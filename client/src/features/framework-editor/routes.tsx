import type { RouteObject } from 'react-router';
import { AmendFrameworkPage } from './routes/amend-framework-page';
import { EditFrameworkPage } from './routes/edit-framework-page';
import { NewFrameworkPage } from './routes/new-framework-page';
import { WithdrawFrameworkPage } from './routes/withdraw-framework-page';
import './framework-editor.css';

/** The framework-editor pages, mounted inside the app frame by the router. */
export const frameworkEditorRoutes: RouteObject[] = [
  { path: 'frameworks/new', element: <NewFrameworkPage /> },
  { path: 'frameworks/:reference/edit', element: <EditFrameworkPage /> },
  { path: 'frameworks/:reference/amend', element: <AmendFrameworkPage /> },
  { path: 'frameworks/:reference/withdraw', element: <WithdrawFrameworkPage /> },
];
