import { readFile } from 'node:fs/promises';
import { DEMO, DEMO_PASSWORD, productToCompare } from '../api.js';
import { COMPUTED_ANSWER, expect, test } from '../fixtures.js';
import { ComparePage } from '../pages/compare-page.js';
import { SignInPage } from '../pages/sign-in-page.js';

test('a procurement lead compares what the trust pays for a product, sees the saving at the median, and downloads the prices', async ({
  page,
  baseURL,
}) => {
  // The demo register: the Royal Free pays more than the median for some product.
  const { productId, pricingUnit } = await productToCompare(baseURL ?? '');
  const signIn = new SignInPage(page);
  await signIn.goto(ComparePage.path(productId, pricingUnit));
  await signIn.signIn(DEMO.procurement, DEMO_PASSWORD);
  await expect(page.getByRole('banner').getByRole('link', { name: 'Compare', exact: true })).toBeVisible();

  const compare = new ComparePage(page);
  await compare.heading.waitFor();
  await expect(compare.headlineSaving).toBeVisible(COMPUTED_ANSWER);
  await expect(compare.yourPosition).toBeVisible();
  await expect(compare.yourLines.getByRole('row')).not.toHaveCount(1);
  await expect(compare.chart).toBeVisible();
  // The chart draws a dot for each price, the viewer's own among them.
  await expect(compare.chart.locator('svg .recharts-symbols').first()).toBeVisible();
  await expect(compare.chart.getByText('You are here')).toBeVisible();
  await expect(compare.prices.getByText('(your trust)').first()).toBeVisible();

  const downloading = page.waitForEvent('download');
  await compare.download.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^compare-.+\.csv$/);
  const csv = await readFile(await download.path(), 'utf8');
  expect(csv.split('\r\n')[0]).toMatch(
    /^\uFEFF?Price .+ \(GBP\),Quantity,Trust,ODS code,Supplier,Your trust$/,
  );
});
