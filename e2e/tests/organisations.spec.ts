import { expect, test } from '../fixtures.js';
import { DirectoryPage } from '../pages/directory-page.js';
import { OrganisationPage } from '../pages/organisation-page.js';

const ROYAL_FREE = 'Royal Free London NHS Foundation Trust';
// Merged into Guy's and St Thomas' on 1 February 2021: closed in the ODS reference data.
const ROYAL_BROMPTON = 'Royal Brompton & Harefield NHS Foundation Trust';

test('finds a trust by searching and shows its region and integrated care board', async ({ page }) => {
  const directory = new DirectoryPage(page);
  await directory.goto();
  await expect(page).toHaveTitle('Organisations – Concord');
  await expect(page.getByRole('link', { name: 'Organisations', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );

  await directory.search('royal free');
  await expect(page).toHaveURL(/\/organisations\?q=royal\+free$/);
  await expect(directory.resultCount).toHaveText('1 organisation matches “royal free”');
  await expect(directory.row(ROYAL_FREE)).toContainText('RAL');

  await directory.open(ROYAL_FREE);
  const organisation = new OrganisationPage(page);
  await expect(organisation.heading).toHaveText(ROYAL_FREE);
  await expect(page).toHaveTitle(`${ROYAL_FREE} – Concord`);
  await expect(organisation.value('Region')).toHaveText('London');
  await expect(organisation.value('Integrated care board')).toHaveText(
    'NHS West and North London Integrated Care Board',
  );
  await expect(organisation.value('ODS code')).toHaveText('RAL');
  await expect(organisation.value('Opened on')).toHaveText('1 Apr 1991');
  await expect(page.getByRole('link', { name: 'Organisations', exact: true })).toHaveAttribute(
    'aria-current',
    'true',
  );

  // Back returns to the same search, not to the start of the directory.
  await organisation.backLink.click();
  await expect(page).toHaveURL(/\/organisations\?q=royal\+free$/);
  await expect(directory.searchBox).toHaveValue('royal free');
  await expect(directory.resultCount).toHaveText('1 organisation matches “royal free”');
});

test('shows closed organisations only when they are included', async ({ page }) => {
  const directory = new DirectoryPage(page);
  await directory.goto('?q=royal+brompton');
  await expect(directory.noMatches).toHaveText('No organisations match “royal brompton”');

  await directory.includeClosedOrganisations();
  await expect(page).toHaveURL(/[?&]closed=include(&|$)/);
  await expect(directory.resultCount).toHaveText('1 organisation matches “royal brompton”');
  await expect(directory.row(ROYAL_BROMPTON).getByText('Closed', { exact: true })).toBeVisible();

  await directory.open(ROYAL_BROMPTON);
  await expect(new OrganisationPage(page).value('Status')).toHaveText('Closed on 31 Jan 2021');
});

test('pages forwards and back, keeping the place in the address', async ({ page }) => {
  const directory = new DirectoryPage(page);
  await directory.goto();
  await expect(directory.previousPage).toHaveCount(0);
  const firstPage = await directory.names();
  expect(firstPage).toHaveLength(25);

  await directory.nextPage.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]after=/);
  await expect(directory.resultCount).toBeFocused();
  await expect(directory.nameLinks.first()).not.toHaveText(firstPage[0] ?? '');
  const secondPage = await directory.names();
  expect(secondPage.some((name) => firstPage.includes(name))).toBe(false);

  // A shared link opens the same page.
  await page.goto(page.url());
  expect(await directory.names()).toEqual(secondPage);

  await directory.previousPage.click();
  await expect(page).toHaveURL(/[?&]before=/);
  await expect(directory.nameLinks.first()).toHaveText(firstPage[0] ?? '');
  expect(await directory.names()).toEqual(firstPage);
  await expect(directory.previousPage).toHaveCount(0);
});

test('explains an address it cannot use instead of showing a blank page', async ({ page }) => {
  const directory = new DirectoryPage(page);

  await directory.goto('?first=500');
  await expect(directory.errorSummary).toContainText('There is a problem');
  await expect(directory.errorSummary).toContainText('must be between 0 and 100');
  await expect(page).toHaveTitle('Error: Organisations – Concord');
  await expect(directory.results).toHaveCount(0);

  await directory.goto('?after=not-a-cursor');
  await expect(directory.errorSummary).toContainText('is not a cursor');

  await directory.goto('?kind=hospital');
  await expect(directory.errorSummary).toContainText('“hospital” is not a kind of organisation');

  // The way out of the error.
  await directory.errorSummary.getByRole('link', { name: 'start a new search' }).click();
  await expect(page).toHaveURL(/\/organisations$/);
  await expect(directory.resultCount).toHaveText(/^\d+ organisations$/);
});

test('says when an organisation or a page does not exist', async ({ page }) => {
  const organisation = new OrganisationPage(page);
  await organisation.goto('ZZZ99');
  await expect(organisation.heading).toHaveText('Organisation not found');
  await expect(page).toHaveTitle('Organisation not found – Concord');

  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page).toHaveTitle('Page not found – Concord');
});

test('says the service has a problem when the API fails, and recovers on "Try again"', async ({ page }) => {
  const directory = new DirectoryPage(page);
  // What the API answers in production when something breaks inside it: the details stay hidden.
  await page.route('**/graphql', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        data: null,
        errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      }),
    }),
  );
  await directory.goto('?q=royal+free');
  await expect(directory.errorSummary).toContainText('Sorry, there is a problem with the service');
  await expect(directory.errorSummary).not.toContainText('Internal server error');

  await page.unroute('**/graphql');
  await directory.errorSummary.getByRole('button', { name: 'Try again' }).click();
  await expect(directory.errorSummary).toHaveCount(0);
  await expect(directory.resultCount).toHaveText('1 organisation matches “royal free”');
});
