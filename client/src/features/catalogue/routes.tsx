import './catalogue.css';
import type { RouteObject } from 'react-router';
import { EditProductPage } from './routes/edit-product-page';
import { EditSupplierPage } from './routes/edit-supplier-page';
import { NewProductPage } from './routes/new-product-page';
import { NewSupplierPage } from './routes/new-supplier-page';
import { ProductPage } from './routes/product-page';
import { ProductsPage } from './routes/products-page';
import { SupplierPage } from './routes/supplier-page';
import { SuppliersPage } from './routes/suppliers-page';

/** The catalogue pages, mounted inside the app frame by the router. */
export const catalogueRoutes: RouteObject[] = [
  { path: 'suppliers', element: <SuppliersPage /> },
  { path: 'suppliers/new', element: <NewSupplierPage /> },
  { path: 'suppliers/:id', element: <SupplierPage /> },
  { path: 'suppliers/:id/edit', element: <EditSupplierPage /> },
  { path: 'products', element: <ProductsPage /> },
  { path: 'products/new', element: <NewProductPage /> },
  { path: 'products/:id', element: <ProductPage /> },
  { path: 'products/:id/edit', element: <EditProductPage /> },
];
