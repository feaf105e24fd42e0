import type { RouteObject } from 'react-router';
import './contract-import.css';
import { ContractImportPage } from './routes/contract-import-page';
import { UploadRegisterPage } from './routes/upload-register-page';

/** The contract register import wizard, mounted inside the app frame by the router. */
export const contractImportRoutes: RouteObject[] = [
  { path: 'contracts/import', element: <UploadRegisterPage /> },
  { path: 'contracts/import/:id', element: <ContractImportPage /> },
];
