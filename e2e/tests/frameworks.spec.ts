import { randomUUID } from 'node:crypto';
import { DEMO, DEMO_PASSWORD, publishFramework } from '../api.js';
import { expect, test, watchConsole } from '../fixtures.js';
import { FrameworkCataloguePage } from '../pages/framework-catalogue-page.js';
import { FrameworkEditorPage } from '../pages/framework-editor-page.js';
import { FrameworkPage } from '../pages/framework-page.js';
import { SignInPage } from '../pages/sign-in-page.js';

test('a central user publishes a framework from the browser; an anonymous visitor finds it and prices 1,200 users for 36 months', async ({
  page,
  browser,
}) => {
  const reference = `E2E-${randomUUID().slice(0, 8).toUpperCase()}`;
  const title = `End-to-end Clinical Systems ${reference}`;

  // The central commercial user at NHS England builds and publishes the framework.
  const signIn = new SignInPage(page);
  await signIn.goto('/frameworks');
  await signIn.signIn(DEMO.commercial, DEMO_PASSWORD);
  const catalogue = new FrameworkCataloguePage(page);
  await catalogue.heading.waitFor();
  await catalogue.createFramework.click();

  const editor = new FrameworkEditorPage(page);
  await editor.createDraft({
    reference,
    title,
    start: { day: '1', month: '1', year: '2026' },
    end: { day: '31', month: '12', year: '2029' },
  });
  const lot = await editor.addLot('Electronic patient records', 'EPR');
  await editor.approveSupplier(lot, 'brightwater', 'Brightwater Clinical Informatics UK Ltd');
  const product = await editor.addBandedPrice(lot, {
    firstBandTo: '1000',
    firstPrice: '12.50',
    secondPrice: '10.25',
  });
  await editor.saveDraft();
  await editor.publish();

  const framework = new FrameworkPage(page);
  await expect(framework.heading(title)).toBeVisible();
  await expect(framework.notice).toContainText(`${reference} has been published`);

  // Someone who is not signed in finds it in the catalogue and prices a quantity.
  const visitor = await browser.newPage(); // a context of its own: no session
  const visitorProblems = await watchConsole(visitor);
  const anonymous = new FrameworkCataloguePage(visitor);
  await anonymous.goto();
  await anonymous.search(reference.toLowerCase());
  await anonymous.frameworkLink(title).click();
  const published = new FrameworkPage(visitor);
  await expect(published.heading(title)).toBeVisible();
  await expect(published.syntheticPrices).toBeVisible();
  const lotSection = published.lot(1, 'Electronic patient records');
  await published.openSupplier(lotSection, 'Brightwater Clinical Informatics UK Ltd');
  const calculator = await published.price(lotSection, `${product}, per user per year`, '1200', '36');
  // 1,000 users at £12.50 and 200 at £10.25 a year (cumulative bands), for three years.
  await expect(calculator.getByText('£43,650.00')).toBeVisible();
  await expect(calculator.getByText('£14,550.00')).toBeVisible();
  await visitor.close();
  expect(visitorProblems, 'the visitor’s console should have no errors or warnings').toEqual([]);
});

test('the owner extends a published framework, then withdraws it; the history and the catalogue show both', async ({
  page,
  baseURL,
}) => {
  const { reference, title } = await publishFramework(baseURL ?? '', `Amended Systems ${Date.now()}`);
  const signIn = new SignInPage(page);
  await signIn.goto(`/frameworks/${reference}`);
  await signIn.signIn(DEMO.commercial, DEMO_PASSWORD);
  const framework = new FrameworkPage(page);
  await framework.heading(title).waitFor();

  await page.getByRole('button', { name: 'Amend' }).click();
  await page.getByRole('heading', { level: 1, name: `Amend ${title}` }).waitFor();
  // Recording nothing is refused, with the reason asked for.
  await page.getByRole('button', { name: 'Record amendment' }).click();
  await expect(page.getByRole('alert').first()).toContainText('There is a problem');
  await page.getByRole('radio', { name: /Extend/ }).check();
  const newEnd = page.getByRole('group', { name: /^New end date/ });
  await newEnd.getByLabel('Day').fill('31');
  await newEnd.getByLabel('Month').fill('12');
  await newEnd.getByLabel('Year').fill('2031');
  await page
    .getByRole('textbox', { name: /^Why is the change made/ })
    .fill('Extension agreed at the review board');
  await page.getByRole('button', { name: 'Record amendment' }).click();

  await framework.heading(title).waitFor();
  const history = page.getByRole('region', { name: 'History of changes' });
  await expect(history).toContainText('Extended from 2029-12-31 to 2031-12-31.');
  await expect(history).toContainText('Extension agreed at the review board');
  await expect(page.getByText('31 Dec 2031').first()).toBeVisible();

  await page.getByRole('button', { name: 'Withdraw' }).click();
  await page.getByRole('heading', { level: 1, name: `Withdraw ${title}` }).waitFor();
  await page.getByRole('textbox', { name: /^Why is it withdrawn/ }).fill('Replaced by a newer framework');
  await page.getByRole('button', { name: `Withdraw ${reference}` }).click();
  await framework.heading(title).waitFor();
  await expect(page.getByText('Replaced by a newer framework').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Amend' })).toHaveCount(0);

  // Withdrawn frameworks leave the default (published) catalogue, and are found when asked for.
  const catalogue = new FrameworkCataloguePage(page);
  await catalogue.goto(`?q=${reference}`);
  await expect(catalogue.frameworkLink(title)).toHaveCount(0);
  await catalogue.goto(`?q=${reference}&status=withdrawn`);
  await expect(catalogue.frameworkLink(title)).toBeVisible();
});
