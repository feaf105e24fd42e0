import type { RouteObject } from 'react-router';

/** The frameworks pages, mounted inside the app frame by the router. */
export const frameworksRoutes: RouteObject[] = [];
