import type { RouteObject } from 'react-router';

/** The standards pages, mounted inside the app frame by the router. */
export const standardsRoutes: RouteObject[] = [];
