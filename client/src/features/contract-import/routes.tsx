import type { RouteObject } from 'react-router';
import './contract-import.css';
import { ContractImportPage } from './routes/contract-import-page';
import { OcdsImportPage } from './routes/ocds-import-page';
import { UploadRegisterPage } from './routes/upload-register-page';

/** The contract register import wizard and the OCDS import, mounted inside the app frame by the router. */
export const contractImportRoutes: RouteObject[] = [
  { path: 'contracts/import', element: <UploadRegisterPage /> },
  // Before `:id` in meaning, though the router ranks a fixed segment first anyway.
  { path: 'contracts/import/ocds', element: <OcdsImportPage /> },
  { path: 'contracts/import/:id', element: <ContractImportPage /> },
];
