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
export const organisationPath = (odsCode: string) => `/organisations/${encodeURIComponent(odsCode)}`;
export const contractsPath = '/contracts';
export const newContractPath = '/contracts/new';
/** Importing a contract register (CSV), and an OCDS package as draft contracts. */
export const importRegisterPath = '/contracts/import';
export const importOcdsPath = '/contracts/import/ocds';
export const contractPath = (id: string) => `/contracts/${encodeURIComponent(id)}`;
export const editContractPath = (id: string) => `${contractPath(id)}/edit`;
export const endContractPath = (id: string) => `${contractPath(id)}/end-early`;

// Compliance
export const declarationPath = (id: string) => `/declarations/${encodeURIComponent(id)}`;
export const supersedeDeclarationPath = (id: string) => `${declarationPath(id)}/supersede`;
/** What a declaration is about: a trust (by ODS code) or a product version (by id). */
export type DeclarationSubjectKind = 'organisation' | 'product';
/** The declaration form for a trust or a product version, with the standard chosen when given. */
export function newDeclarationPath({
  kind,
  subject,
  standard,
}: {
  kind: DeclarationSubjectKind;
  subject: string;
  standard?: string;
}): string {
  const params = new URLSearchParams({ kind, subject });
  if (standard) params.set('standard', standard);
  return `/declarations/new?${params.toString()}`;
}
export const organisationCompliancePath = (odsCode: string) => `${organisationPath(odsCode)}/compliance`;
export const organisationEstatePath = (odsCode: string) => `${organisationPath(odsCode)}/estate`;
export const productConformancePath = (id: string) => `${productPath(id)}/conformance`;
export const complianceMatrixPath = '/compliance';
export const productMatrixPath = '/compliance/products';
export const complianceAttentionPath = '/compliance/attention';
export const verifyQueuePath = '/compliance/verify';
