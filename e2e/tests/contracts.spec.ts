import { randomUUID } from 'node:crypto';
import { createUser, DEMO, DEMO_PASSWORD, recordContract } from '../api.js';
import { expect, test } from '../fixtures.js';
import {
  ContractFormPage,
  ContractPage,
  ContractRegisterPage,
  EndContractEarlyPage,
} from '../pages/contracts.js';
import { SignInPage } from '../pages/sign-in-page.js';

const BRIGHTWATER = 'Brightwater Clinical Informatics UK Ltd';

// Dates around today, so the contract is in force whenever the suite runs: a three-year term from
// April last year, ended early after two years.
const year = new Date().getFullYear();
const start = { day: '1', month: '4', year: String(year - 1) };
const end = { day: '31', month: '3', year: String(year + 2) };
const lastDay = { day: '31', month: '3', year: String(year + 1) };

test('a procurement lead records an off-framework contract with two lines, sees its prices a year, and ends it early', async ({
  page,
  baseURL,
}) => {
  // A whole journey: recording, reading, searching and ending a contract.
  test.slow();
  const lead = await createUser(baseURL ?? '', {
    name: 'Pat Procurement',
    memberships: [{ organisationOdsCode: 'RAL', role: 'TRUST_PROCUREMENT' }],
  });
  const reference = `E2E-${randomUUID().slice(0, 8).toUpperCase()}`;
  const signIn = new SignInPage(page);
  await signIn.goto('/contracts');
  await signIn.signIn(lead.email, lead.password);

  const register = new ContractRegisterPage(page);
  await register.heading.waitFor();
  await register.recordContract.click();
  await page.getByRole('heading', { level: 1, name: 'Record a contract' }).waitFor();

  const form = new ContractFormPage(page);
  await form.chooseSupplier('brightwater', BRIGHTWATER);
  await form.offFramework('Direct award: awarded to one supplier without competition');
  await form.fillDetails({ reference, title: 'Patient portal and implementation', start, end });

  // Line 1: licences per user per month; its price a year shows as it is typed.
  const licences = await form.addLine();
  const product = await form.buyProduct(licences);
  await form.charge(licences, 'Per user', 'Every month');
  await form.quantity(licences).fill('1200');
  await form.unitPrice(licences).fill('4.50');
  await expect(form.preview(licences)).toContainText('£54.00 a user a year');
  await expect(form.preview(licences)).toContainText('The line costs £64,800.00 a year');

  // Line 2: a one-off fixed charge for a service, spread over the 36-month term.
  const implementation = await form.addLine();
  await form.buyService(implementation, 'Implementation support', 'Professional services');
  await form.charge(implementation, 'Fixed price, whatever the quantity', 'Once (one-off charge)');
  await form.unitPrice(implementation).fill('90000');
  await expect(form.preview(implementation)).toContainText('£90,000.00, charged once');
  await expect(form.preview(implementation)).toContainText(
    'Spread over the 36-month term: £30,000.00 a year',
  );
  await form.save.click();

  // The contract's page: normalised prices, one-off charges apart.
  const contract = new ContractPage(page);
  await contract.heading('Patient portal and implementation').waitFor();
  await expect(page.getByRole('alert')).toContainText(`Contract ${reference} has been recorded.`);
  await expect(contract.fact('How it was bought')).toHaveText('Off-framework: direct award');
  await expect(contract.fact('Cost a year')).toContainText('£94,800.00');
  const licenceRow = contract.lineIn(contract.recurring, new RegExp(`^${product}`));
  await expect(licenceRow).toContainText('Monthly');
  await expect(licenceRow).toContainText('£4.50');
  await expect(licenceRow).toContainText('£54.00');
  const oneOffRow = contract.lineIn(contract.oneOff, /^Implementation support/);
  await expect(oneOffRow).toContainText('£90,000.00');
  await expect(oneOffRow).toContainText('£30,000.00');

  // It appears in the register.
  await page.getByRole('link', { name: 'Back to contracts' }).click();
  await register.search(reference);
  await expect(register.row(reference)).toContainText('Active');

  // Ended early after two years: the one-off charge now spreads over 24 months.
  await register.row(reference).getByRole('link', { name: reference }).click();
  await contract.endEarly.click();
  await page.getByRole('heading', { level: 1, name: /^End .* early$/ }).waitFor();
  await new EndContractEarlyPage(page).endOn(lastDay, 'The trust moved to a regional portal.');
  await contract.heading('Patient portal and implementation').waitFor();
  await expect(page.getByRole('alert')).toContainText(`${reference} has been ended early.`);
  await expect(contract.fact('Status')).toHaveText('Ended early');
  await expect(contract.fact('Ended')).toHaveText(`31 Mar ${year + 1}`);
  await expect(contract.fact('Why it ended early')).toHaveText('The trust moved to a regional portal.');
  await expect(contract.lineIn(contract.oneOff, /^Implementation support/)).toContainText('£45,000.00');
  await expect(contract.endEarly).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Changes to the contract, newest first' })).toContainText(
    'Ended early',
  );
});

test('a price with 5 decimal places is pointed out beside its field, and nothing is saved', async ({
  page,
}) => {
  const reference = `E2E-${randomUUID().slice(0, 8).toUpperCase()}`;
  const signIn = new SignInPage(page);
  await signIn.goto('/contracts/new');
  await signIn.signIn(DEMO.procurement, DEMO_PASSWORD);
  await page.getByRole('heading', { level: 1, name: 'Record a contract' }).waitFor();

  const form = new ContractFormPage(page);
  await form.chooseSupplier('brightwater', BRIGHTWATER);
  await form.offFramework('Open procedure: anyone could bid');
  await form.fillDetails({ reference, title: 'Bad price', start, end });
  const line = await form.addLine();
  await form.buyProduct(line);
  await form.charge(line, 'Per user', 'Every year');
  await form.quantity(line).fill('10');
  await form.unitPrice(line).fill('12.34567');
  await form.save.click();

  await expect(form.errorSummary).toContainText('Line 1: The unit price can have at most 4 decimal places');
  await expect(form.unitPrice(line)).toHaveAccessibleDescription(
    /The unit price can have at most 4 decimal places/,
  );
  await form.errorSummary.getByRole('link', { name: /The unit price/ }).click();
  await expect(form.unitPrice(line)).toBeFocused();
  // What was typed stays, and no contract was recorded.
  await expect(form.unitPrice(line)).toHaveValue('12.34567');
  const register = new ContractRegisterPage(page);
  await register.goto(`?q=${reference}`);
  await expect(register.count).toHaveText(`0 contracts match “${reference}”`);
});

test('a compliance lead reads the register but records nothing; the header shows it to trust and central teams only', async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  await signIn.goto('/contracts');
  await signIn.signIn(DEMO.compliance, DEMO_PASSWORD);
  const register = new ContractRegisterPage(page);
  await register.heading.waitFor();
  await expect(
    page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Contracts' }),
  ).toBeVisible();
  await expect(register.count).toBeVisible();
  await expect(register.recordContract).toHaveCount(0);

  await page.goto('/contracts/new');
  await page.getByRole('heading', { level: 1, name: 'You cannot record contracts' }).waitFor();
});

test('text typed into a contract, however hostile, shows exactly as typed and never runs', async ({
  page,
  baseURL,
}) => {
  const title = `<img src=x onerror="window.hostile=1"> Ysbyty שלום مرحبا 🏥 Robert'); DROP TABLE contract;--`;
  const notes = `<script>window.hostile=2</script> {{7*7}} \u202eevil\u202c ${'x'.repeat(2000)}`;
  const contract = await recordContract(baseURL ?? '', { title, notes });

  const signIn = new SignInPage(page);
  await signIn.goto(`/contracts/${contract.id}`);
  await signIn.signIn(DEMO.procurement, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('#maincontent')).toContainText(notes);
  // Shown as text: no element made of it, nothing of it run.
  await expect(page.locator('#maincontent img, #maincontent script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { hostile?: number }).hostile)).toBeUndefined();
});
