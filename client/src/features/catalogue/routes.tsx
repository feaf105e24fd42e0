import './catalogue.css';
import type { RouteObject } from 'react-router';

/**
 * The catalogue pages, mounted inside the app frame by the router. Loaded on first visit, each page a chunk
 * of its own, kept out of the bundle every page loads.
 */
export const catalogueRoutes: RouteObject[] = [
  {
    path: 'suppliers',
    lazy: async () => {
      const { SuppliersPage } = await import('./routes/suppliers-page');
      return { Component: SuppliersPage };
    },
  },
  {
    path: 'suppliers/new',
    lazy: async () => {
      const { NewSupplierPage } = await import('./routes/new-supplier-page');
      return { Component: NewSupplierPage };
    },
  },
  {
    path: 'suppliers/:id',
    lazy: async () => {
      const { SupplierPage } = await import('./routes/supplier-page');
      return { Component: SupplierPage };
    },
  },
  {
    path: 'suppliers/:id/edit',
    lazy: async () => {
      const { EditSupplierPage } = await import('./routes/edit-supplier-page');
      return { Component: EditSupplierPage };
    },
  },
  {
    path: 'products',
    lazy: async () => {
      const { ProductsPage } = await import('./routes/products-page');
      return { Component: ProductsPage };
    },
  },
  {
    path: 'products/new',
    lazy: async () => {
      const { NewProductPage } = await import('./routes/new-product-page');
      return { Component: NewProductPage };
    },
  },
  {
    path: 'products/:id',
    lazy: async () => {
      const { ProductPage } = await import('./routes/product-page');
      return { Component: ProductPage };
    },
  },
  {
    path: 'products/:id/edit',
    lazy: async () => {
      const { EditProductPage } = await import('./routes/edit-product-page');
      return { Component: EditProductPage };
    },
  },
];
