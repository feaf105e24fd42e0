// The import wizard's addresses, and the server's file routes it links to. (The register's own
// address is the contracts feature's; it is repeated here so this feature stands on its own.)

/** Step 1: choose and upload a file. */
export const contractImportPath = '/contracts/import';

/** Steps 2 to 4 of one import: the address a refresh or a shared link resumes at. */
export const contractImportStepPath = (id: string) => `${contractImportPath}/${encodeURIComponent(id)}`;

/** Importing an OCDS release or record package as draft contracts (a page of its own, not a step). */
export const ocdsImportPath = '/contracts/import/ocds';

/** The contract register, where imported contracts show. */
export const registerPath = '/contracts';

/** The template to fill in (two example rows), for anyone. */
export const templateUrl = '/imports/contract-register/template.csv';

/** Where the file is posted (`Content-Type: text/csv`, its name in `X-File-Name`). */
export const uploadUrl = '/imports/contract-register';
