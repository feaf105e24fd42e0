import { randomUUID } from 'node:crypto';
import { DEMO, DEMO_PASSWORD } from '../api.js';
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
