import type { RouteObject } from 'react-router';
import { ContractPage } from './routes/contract-page';
import { ContractRegister } from './routes/contract-register';
import { EditContractPage } from './routes/edit-contract-page';
import { EndContractPage } from './routes/end-contract-page';
import { NewContractPage } from './routes/new-contract-page';
// The contract form lays out its fields as the framework editor's do (pairs of short fields, the
// supplier search), so it shares that stylesheet.
import '../framework-editor/framework-editor.css';
import './contracts.css';

/** The contract register's pages, mounted inside the app frame by the router. */
export const contractsRoutes: RouteObject[] = [
  { path: 'contracts', element: <ContractRegister /> },
  { path: 'contracts/new', element: <NewContractPage /> },
  { path: 'contracts/:id', element: <ContractPage /> },
  { path: 'contracts/:id/edit', element: <EditContractPage /> },
  { path: 'contracts/:id/end-early', element: <EndContractPage /> },
];
