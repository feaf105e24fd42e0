/** Addresses of the frameworks pages and of the pages they link to. */
export const frameworkPath = (reference: string) => `/frameworks/${encodeURIComponent(reference)}`;
export const supplierPath = (id: string) => `/suppliers/${encodeURIComponent(id)}`;
export const productPath = (id: string) => `/products/${encodeURIComponent(id)}`;
export const standardPath = (code: string) => `/standards/${encodeURIComponent(code)}`;
