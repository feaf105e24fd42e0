import type { RouteObject } from 'react-router';
import './contract-import.css';

/**
 * The contract register import wizard and the OCDS import, mounted inside the app frame by the router. Loaded
 * on first visit, each page a chunk of its own, kept out of the bundle every page loads.
 */
export const contractImportRoutes: RouteObject[] = [
  {
    path: 'contracts/import',
    lazy: async () => {
      const { UploadRegisterPage } = await import('./routes/upload-register-page');
      return { Component: UploadRegisterPage };
    },
  },
  // Before `:id` in meaning, though the router ranks a fixed segment first anyway.
  {
    path: 'contracts/import/ocds',
    lazy: async () => {
      const { OcdsImportPage } = await import('./routes/ocds-import-page');
      return { Component: OcdsImportPage };
    },
  },
  {
    path: 'contracts/import/:id',
    lazy: async () => {
      const { ContractImportPage } = await import('./routes/contract-import-page');
      return { Component: ContractImportPage };
    },
  },
];
