import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createUser } from '../api.js';
import { expect, test } from '../fixtures.js';
import {
  catalogueSupplier,
  ContractImportPage,
  registerCsv,
  type RegisterLine,
} from '../pages/contract-import.js';
import { SignInPage } from '../pages/sign-in-page.js';

/** A procurement lead at the Royal Free, new to this test, signed in at the import page. */
async function procurementLead(
  page: ContractImportPage['page'],
  baseURL: string,
): Promise<ContractImportPage> {
  const lead = await createUser(baseURL, {
    name: 'Pat Procurement',
    memberships: [{ organisationOdsCode: 'RAL', role: 'TRUST_PROCUREMENT' }],
  });
  const signIn = new SignInPage(page);
  await signIn.goto('/contracts/import');
  await signIn.signIn(lead.email, lead.password);
  const wizard = new ContractImportPage(page);
  await wizard.step(1, 'Upload your contract register').waitFor();
  return wizard;
}

test('a procurement lead fixes a bad price, imports the register and finds the contract in it', async ({
  page,
  baseURL,
}) => {
  const supplier = await catalogueSupplier(baseURL ?? '', 'Brightwater');
  const reference = `E2E-IMP-${randomUUID().slice(0, 8).toUpperCase()}`;
  const title = `Patient flow licences ${reference}`;
  const licences: RegisterLine = {
    reference,
    title,
    supplier: supplier.name,
    line: 'L1',
    product: supplier.product,
    pricingUnit: 'PER_USER',
    billingPeriod: 'ANNUAL',
    quantity: '1200',
    unitPrice: '12.12345',
  };
  const implementation: RegisterLine = {
    ...licences,
    line: 'L2',
    product: undefined,
    description: 'Implementation and training',
    pricingUnit: 'FIXED',
    billingPeriod: 'ONE_OFF',
    quantity: '1',
    unitPrice: '£18,500.00',
  };
  const wizard = await procurementLead(page, baseURL ?? '');
  await expect(wizard.templateLink).toHaveAttribute('href', '/imports/contract-register/template.csv');

  // A price with 5 decimal places: the dry run says where, and saves nothing.
  await wizard.uploadFile('royal-free-register.csv', registerCsv([licences, implementation]));
  await expect(wizard.step(2, 'Fix the problems in your file')).toBeVisible();
  await expect(page).toHaveURL(/\/contracts\/import\/[0-9a-f-]{36}$/);
  await expect(page.getByText('We found 1 problem in 1 row; nothing has been saved.')).toBeVisible();
  const problem = wizard.problems.getByRole('row').nth(1);
  await expect(problem.getByRole('cell').nth(0)).toHaveText(/2$/);
  await expect(problem.getByRole('cell').nth(1)).toHaveText(/unit_price$/);
  await expect(problem.getByRole('cell').nth(2)).toContainText('12.12345');

  // The error report downloads, with the problem and the row's values.
  const [download] = await Promise.all([page.waitForEvent('download'), wizard.errorReport.click()]);
  expect(download.suggestedFilename()).toBe('royal-free-register-problems.csv');
  const report = await readFile(await download.path(), 'utf8');
  expect(report).toContain('unit_price');
  expect(report).toContain('12.12345');

  // A refresh resumes at the same step.
  await page.reload();
  await expect(wizard.step(2, 'Fix the problems in your file')).toBeVisible();

  await wizard.uploadCorrected.click();
  await expect(wizard.step(1, 'Upload your contract register')).toBeVisible();
  await wizard.uploadFile(
    'royal-free-register.csv',
    registerCsv([{ ...licences, unitPrice: '12.1234' }, implementation]),
  );

  await expect(wizard.step(4, 'Import your contracts')).toBeVisible();
  await expect(page.getByText('This will add 1 contract; 2 lines will be added.')).toBeVisible();
  await wizard.importContracts.click();
  await expect(wizard.confirmation).toBeVisible();
  await expect(page.getByText('Concord added 1 contract; 2 lines were added.')).toBeVisible();

  await wizard.viewContracts.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Contracts' })).toBeVisible();
  await page.goto(`/contracts?q=${encodeURIComponent(reference)}`);
  await expect(page.getByRole('table').getByRole('link', { name: reference })).toBeVisible();
});

test('a misspelt supplier is reviewed: the lead chooses the right one and the file is ready', async ({
  page,
  baseURL,
}) => {
  const supplier = await catalogueSupplier(baseURL ?? '', 'Brightwater');
  const misspelt = supplier.name.replace('Brightwater', 'Brightwatr').replace(/ Ltd$/, '');
  const reference = `E2E-REV-${randomUUID().slice(0, 8).toUpperCase()}`;
  const wizard = await procurementLead(page, baseURL ?? '');
  await wizard.uploadFile(
    'misspelt.csv',
    registerCsv([
      {
        reference,
        title: `Reviewed supplier ${reference}`,
        supplier: misspelt,
        line: 'L1',
        product: supplier.product,
        pricingUnit: 'PER_USER',
        billingPeriod: 'ANNUAL',
        quantity: '50',
        unitPrice: '9.50',
      },
    ]),
  );

  await expect(wizard.step(3, 'Choose the suppliers and products you meant')).toBeVisible();
  const review = wizard.review(`Which supplier is “${misspelt}”?`);
  await expect(review).toContainText('Used in row 2.');
  // Saving without a choice is refused beside the question.
  await wizard.saveChoices.click();
  await expect(wizard.errorSummary).toContainText(`Choose which supplier “${misspelt}” is`);
  await review.getByRole('radio', { name: supplier.name, exact: true }).check();
  await wizard.saveChoices.click();

  const ready = wizard.step(4, 'Import your contracts');
  await expect(ready).toBeVisible();
  await expect(ready).toBeFocused();
  await expect(page.getByText('This will add 1 contract; 1 line will be added.')).toBeVisible();
});

test('someone who is not a procurement lead is told they cannot import', async ({ page, baseURL }) => {
  const person = await createUser(baseURL ?? '', {
    name: 'Casey Compliance',
    memberships: [{ organisationOdsCode: 'RAL', role: 'TRUST_COMPLIANCE' }],
  });
  const signIn = new SignInPage(page);
  await signIn.goto('/contracts/import');
  await signIn.signIn(person.email, person.password);
  await expect(page.getByRole('heading', { level: 1, name: 'You cannot import contracts' })).toBeVisible();
});
