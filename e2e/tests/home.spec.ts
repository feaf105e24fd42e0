import { readFile } from 'node:fs/promises';
import { DEMO, DEMO_PASSWORD } from '../api.js';
import { COMPUTED_ANSWER, expect, test } from '../fixtures.js';
import { ComparePage } from '../pages/compare-page.js';
import { CentralHomePage, TrustHomePage } from '../pages/home-page.js';
import { SignInPage } from '../pages/sign-in-page.js';

test('a procurement lead sees on the home page what the trust could save, drills into a product and downloads its prices', async ({
  page,
}) => {
  // Three comparisons across the whole demo register, one after another on the embedded database.
  test.slow();
  const signIn = new SignInPage(page);
  await signIn.goto('/');
  await signIn.signIn(DEMO.procurement, DEMO_PASSWORD);

  const home = new TrustHomePage(page);
  await home.heading.waitFor();
  await expect(home.headlineSaving).toBeVisible(COMPUTED_ANSWER);
  await expect(home.topSavings.getByRole('row')).toHaveCount(11);
  await expect(home.aboveCeiling.getByText(/above the ceiling: paying the ceiling would save/)).toBeVisible(
    COMPUTED_ANSWER,
  );
  await expect(home.ending.getByRole('row').nth(1)).toBeVisible(COMPUTED_ANSWER);
  // Neighbours to buy with: a count of trusts for a category, the trusts when opened.
  const partners = home.ending.locator('details').first();
  await partners.locator('summary').click();
  await expect(partners.getByRole('listitem').first()).toContainText(/, ends \d{1,2} [A-Z][a-z]{2} \d{4}$/);

  // The largest saving's product, compared with every trust's price.
  const first = home.topSavings.getByRole('row').nth(1);
  await first.getByRole('link', { name: /: compare prices$/ }).click();
  const compare = new ComparePage(page);
  await compare.heading.waitFor();
  await expect(compare.headlineSaving).toBeVisible(COMPUTED_ANSWER);
  await expect(compare.chart).toBeVisible();
  const downloading = page.waitForEvent('download');
  await compare.download.click();
  const csv = await readFile(await (await downloading).path(), 'utf8');
  expect(csv.split('\r\n').length).toBeGreaterThan(2);
});

test('a central user sees where the NHS could save by region and ICB, at a chosen target, and framework uptake', async ({
  page,
}) => {
  test.slow();
  const signIn = new SignInPage(page);
  await signIn.goto('/');
  await signIn.signIn(DEMO.commercial, DEMO_PASSWORD);

  const home = new CentralHomePage(page);
  await home.heading.waitFor();
  await expect(home.nationalSaving).toHaveText(
    /^£[\d,]+\.\d\d a year on [\d,]+ lines at \d+ trusts$/,
    COMPUTED_ANSWER,
  );
  await expect(home.regionChart).toBeVisible();
  // England's seven NHS regions, each with its saving.
  await expect(home.regions.getByRole('row')).toHaveCount(8);
  await expect(home.icbChart).toBeVisible();
  await expect(home.largest.getByRole('row')).toHaveCount(21);
  await expect(home.uptakeShare).toHaveText(/^\d+% of spend through frameworks/, COMPUTED_ANSWER);
  await expect(home.uptakeByRegion.getByRole('row')).toHaveCount(8);

  const atMedian = await home.nationalSaving.textContent();
  await home.target.selectOption('BEST');
  await home.show.click();
  await expect(page).toHaveURL(/\/\?target=best$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Savings at the best price' })).toBeVisible();
  await expect(home.nationalSaving).not.toHaveText(atMedian ?? '', COMPUTED_ANSWER);
});
