import type { RouteObject } from 'react-router';

/** The catalogue pages, mounted inside the app frame by the router. */
export const catalogueRoutes: RouteObject[] = [];
