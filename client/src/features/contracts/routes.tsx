import type { RouteObject } from 'react-router';
// The contract form lays out its fields as the framework editor's do (pairs of short fields, the
// supplier search), so it shares that stylesheet.
import '../framework-editor/framework-editor.css';
import './contracts.css';

/**
 * The contract register's pages, mounted inside the app frame by the router. Loaded on first visit, each page
 * a chunk of its own, kept out of the bundle every page loads.
 */
export const contractsRoutes: RouteObject[] = [
  {
    path: 'contracts',
    lazy: async () => {
      const { ContractRegister } = await import('./routes/contract-register');
      return { Component: ContractRegister };
    },
  },
  {
    path: 'contracts/new',
    lazy: async () => {
      const { NewContractPage } = await import('./routes/new-contract-page');
      return { Component: NewContractPage };
    },
  },
  {
    path: 'contracts/:id',
    lazy: async () => {
      const { ContractPage } = await import('./routes/contract-page');
      return { Component: ContractPage };
    },
  },
  {
    path: 'contracts/:id/edit',
    lazy: async () => {
      const { EditContractPage } = await import('./routes/edit-contract-page');
      return { Component: EditContractPage };
    },
  },
  {
    path: 'contracts/:id/end-early',
    lazy: async () => {
      const { EndContractPage } = await import('./routes/end-contract-page');
      return { Component: EndContractPage };
    },
  },
];
