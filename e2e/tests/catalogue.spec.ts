import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD } from '../api.js';
import { expect, test } from '../fixtures.js';
import { SignInPage } from '../pages/sign-in-page.js';

test('a supplier’s employee adds a product with a CPV code from the list and two versions; it shows on the supplier’s page', async ({
  page,
}) => {
  const name = `Ward Board ${randomUUID().slice(0, 6)}`;
  const signIn = new SignInPage(page);
  await signIn.goto('/suppliers');
  await signIn.signIn('supplier@meridian.example', DEMO_PASSWORD);
  await page.getByRole('heading', { level: 1, name: 'Suppliers' }).waitFor();
  await page.getByRole('searchbox').first().fill('meridian');
  await page.getByRole('searchbox').first().press('Enter');
  await page.getByRole('link', { name: /^Meridian Clinical Systems Ltd/ }).click();
  await page.getByRole('heading', { level: 1, name: /^Meridian Clinical Systems Ltd/ }).waitFor();
  await page.getByRole('button', { name: 'Add a product' }).click();
  await page.getByRole('heading', { level: 1, name: 'Add a product' }).waitFor();

  // A bare submit names what is missing, and keeps nothing half-saved.
  await page.getByRole('button', { name: 'Add product' }).click();
  await expect(page.getByRole('alert').first()).toContainText('There is a problem');

  await page.getByRole('textbox', { name: 'Product name' }).fill(name);
  await page.getByRole('combobox', { name: 'Category' }).selectOption('PATIENT_FLOW');
  await page.getByRole('searchbox', { name: 'CPV code' }).fill('medical software');
  await page.getByRole('radio', { name: /^48180000-3/ }).check();
  await page.getByRole('textbox', { name: 'Version 1' }).fill('9.2');
  await page.getByRole('button', { name: /^Add another version/ }).click();
  await page.getByRole('textbox', { name: 'Version 2' }).fill('10.0');
  await page.getByRole('button', { name: 'Add product' }).click();

  await page.getByRole('heading', { level: 1, name }).waitFor();
  await expect(page.getByText('48180000-3').first()).toBeVisible();
  await expect(page.getByRole('main')).toContainText('9.2');
  await expect(page.getByRole('main')).toContainText('10.0');
  await page
    .getByRole('link', { name: /^Meridian Clinical Systems Ltd/ })
    .first()
    .click();
  await expect(page.getByRole('link', { name })).toBeVisible();
});
