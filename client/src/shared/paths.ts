// Addresses of the app's pages that other pages link to, in one place.

export const frameworkPath = (reference: string) => `/frameworks/${encodeURIComponent(reference)}`;
export const editFrameworkPath = (reference: string) => `${frameworkPath(reference)}/edit`;
export const amendFrameworkPath = (reference: string) => `${frameworkPath(reference)}/amend`;
export const withdrawFrameworkPath = (reference: string) => `${frameworkPath(reference)}/withdraw`;
export const supplierPath = (id: string) => `/suppliers/${encodeURIComponent(id)}`;
export const productPath = (id: string) => `/products/${encodeURIComponent(id)}`;
/** Adding a product, for a supplier when given (its page's "Add a product"). */
export const newProductPath = (supplierId?: string) =>
  supplierId ? `/products/new?${new URLSearchParams({ supplierId }).toString()}` : '/products/new';
export const standardPath = (code: string) => `/standards/${encodeURIComponent(code)}`;
