import type { RouteObject } from 'react-router';

/**
 * The administrators' pages (users and the audit trail), mounted inside the app frame by the router. Loaded
 * on first visit, each page a chunk of its own, kept out of the bundle every page loads.
 */
export const adminRoutes: RouteObject[] = [
  {
    path: 'admin/users',
    lazy: async () => {
      const { UsersPage } = await import('./routes/users-page');
      return { Component: UsersPage };
    },
  },
  {
    path: 'admin/users/new',
    lazy: async () => {
      const { NewUserPage } = await import('./routes/new-user-page');
      return { Component: NewUserPage };
    },
  },
  {
    path: 'admin/users/:id',
    lazy: async () => {
      const { UserPage } = await import('./routes/user-page');
      return { Component: UserPage };
    },
  },
  {
    path: 'admin/audit',
    lazy: async () => {
      const { AuditTrailPage } = await import('./routes/audit-trail-page');
      return { Component: AuditTrailPage };
    },
  },
];
