import type { RouteObject } from 'react-router';

/** The framework-editor pages, mounted inside the app frame by the router. */
export const frameworkEditorRoutes: RouteObject[] = [];
