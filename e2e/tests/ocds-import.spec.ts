import { DEMO, DEMO_PASSWORD } from '../api.js';
import { expect, test } from '../fixtures.js';
import { catalogueSupplier } from '../pages/contract-import.js';
import { ContractPage } from '../pages/contracts.js';
import { OcdsImportPage, ocdsSample } from '../pages/ocds-import.js';
import { SignInPage } from '../pages/sign-in-page.js';

test('a procurement lead imports a published contract as a draft, choosing its supplier, and opens it', async ({
  page,
  baseURL,
}) => {
  const supplier = await catalogueSupplier(baseURL ?? '', 'Brightwater');
  const signIn = new SignInPage(page);
  await signIn.goto('/contracts');
  await signIn.signIn(DEMO.procurement, DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Import OCDS data' }).click();
  const ocds = new OcdsImportPage(page);
  await expect(ocds.heading).toBeVisible();

  // JSON that is not OCDS: the server says why, and the page keeps the file to try again.
  await ocds.importFile({ name: 'hello.json', text: '{"hello": "world"}' });
  await expect(ocds.errorSummary).toBeVisible();
  await expect(ocds.errorSummary).toContainText('not valid OCDS 1.1');
  await expect(page).toHaveTitle(/^Error: Import an OCDS release package/);

  // The sample's contract release: its buyer is a London borough (so the contract is the Royal
  // Free's) and its supplier is not in Concord, so the lead chooses one.
  await ocds.importFile(ocdsSample('ocds-213czf-000-00001-05-contract.json'));
  await expect(ocds.reviewHeading).toBeFocused();
  await ocds
    .supplierList('AnyCorp Cycle Provision')
    .selectOption({ label: `${supplier.name} (Companies House number ${supplier.companiesHouseNumber})` });
  await ocds.importWithSuppliers.click();

  await expect(ocds.confirmation).toBeVisible();
  await expect(
    page.getByText('1 draft contract made or updated from ocds-213czf-000-00001-05-contract.json'),
  ).toBeVisible();
  await expect(
    page.getByText(/the buyer London Borough of Barnet is not an NHS trust in Concord/),
  ).toBeVisible();
  const draft = ocds.drafts.getByRole('row').filter({ hasText: supplier.name });
  await expect(draft).toContainText('Draft');
  await draft.getByRole('link', { name: 'ocds-213czf-000-00001-contract-01' }).click();

  const contract = new ContractPage(page);
  await expect(contract.heading('Contract to build new cycle lanes in the centre of town.')).toBeVisible();
  await expect(
    page.getByText('This is a draft. Its prices count in no comparison until it is confirmed.'),
  ).toBeVisible();
});
