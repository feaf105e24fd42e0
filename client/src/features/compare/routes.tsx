import type { RouteObject } from 'react-router';
import { ComparePage } from './routes/compare-page';
import './compare.css';

/** The comparison pages, mounted inside the app frame by the router. */
export const compareRoutes: RouteObject[] = [{ path: 'compare', element: <ComparePage /> }];
