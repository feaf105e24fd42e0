import type { RouteObject } from 'react-router';
import './framework-editor.css';

/**
 * The framework-editor pages, mounted inside the app frame by the router. Loaded on first visit, each page a
 * chunk of its own, kept out of the bundle every page loads.
 */
export const frameworkEditorRoutes: RouteObject[] = [
  {
    path: 'frameworks/new',
    lazy: async () => {
      const { NewFrameworkPage } = await import('./routes/new-framework-page');
      return { Component: NewFrameworkPage };
    },
  },
  {
    path: 'frameworks/:reference/edit',
    lazy: async () => {
      const { EditFrameworkPage } = await import('./routes/edit-framework-page');
      return { Component: EditFrameworkPage };
    },
  },
  {
    path: 'frameworks/:reference/amend',
    lazy: async () => {
      const { AmendFrameworkPage } = await import('./routes/amend-framework-page');
      return { Component: AmendFrameworkPage };
    },
  },
  {
    path: 'frameworks/:reference/withdraw',
    lazy: async () => {
      const { WithdrawFrameworkPage } = await import('./routes/withdraw-framework-page');
      return { Component: WithdrawFrameworkPage };
    },
  },
];
