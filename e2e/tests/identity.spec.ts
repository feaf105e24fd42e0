import { createUser, DEMO, DEMO_PASSWORD } from '../api.js';
import { expect, test } from '../fixtures.js';
import { AccountArea } from '../pages/account-area.js';
import { DirectoryPage } from '../pages/directory-page.js';
import { SignInPage } from '../pages/sign-in-page.js';

const ROYAL_FREE = 'Royal Free London NHS Foundation Trust';
const BIRMINGHAM = 'University Hospitals Birmingham NHS Foundation Trust';
const WRONG_CREDENTIALS = 'The email address or password is not right.';

test('signs in as a trust procurement lead, shows their trust in the header and returns to the page', async ({
  page,
}) => {
  const directory = new DirectoryPage(page);
  const account = new AccountArea(page);
  const signIn = new SignInPage(page);

  await directory.goto('?q=royal+free');
  await account.signInLink.click();
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Forganisations%3Fq%3Droyal%2Bfree$/);
  await expect(page).toHaveTitle('Sign in – Concord');

  await signIn.signIn(DEMO.procurement, DEMO_PASSWORD);

  await expect(page).toHaveURL(/\/organisations\?q=royal\+free$/);
  await expect(account.nav).toContainText('Priya Procurement');
  await expect(account.nav).toContainText(`${ROYAL_FREE} · Trust procurement`);
  await expect(account.signInLink).toHaveCount(0);
  await expect(page.getByRole('alert')).toContainText('You are signed in as Priya Procurement.');
  await expect(page.getByRole('alert')).toBeFocused();
  await expect(directory.resultCount).toHaveText('1 organisation matches “royal free”');

  // The session is a cookie: a new page load is still signed in, without the notice.
  await page.reload();
  await expect(account.nav).toContainText(ROYAL_FREE);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a wrong password shows the error summary, linked to the field', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();

  await signIn.signIn(DEMO.compliance, 'not-the-password');

  await expect(signIn.errorSummary).toContainText('There is a problem');
  await expect(signIn.errorSummary).toContainText(WRONG_CREDENTIALS);
  await expect(page).toHaveTitle('Error: Sign in – Concord');
  await expect(page.locator('.nhsuk-error-summary')).toBeFocused();
  await expect(signIn.password).toHaveValue('');
  await expect(new AccountArea(page).signInLink).toBeVisible();

  await signIn.errorSummary.getByRole('link', { name: WRONG_CREDENTIALS }).click();
  await expect(signIn.email).toBeFocused();
  await expect(page).toHaveURL(/\/sign-in$/);
});

test('explains empty fields without asking the server', async ({ page }) => {
  const signIn = new SignInPage(page);
  const operations: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql')) operations.push(String(request.postDataJSON()?.operationName));
  });
  await signIn.goto();

  await signIn.submit.click();

  await expect(signIn.errorSummary.getByRole('link')).toHaveText([
    'Enter your email address',
    'Enter your password',
  ]);
  await signIn.errorSummary.getByRole('link', { name: 'Enter your password' }).click();
  await expect(signIn.password).toBeFocused();
  expect(operations).not.toContain('SignIn');
});

test('shows the wait the server asks for after too many failed attempts', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  // An address no account has: its failures count against it alone, not a demo account. The
  // wait starts after five failures and doubles with each one after, so a few quick attempts meet it.
  const email = `nobody-${test.info().workerIndex}-${Date.now()}@concord.example`;
  for (let attempt = 1; attempt <= 10; attempt++) {
    await signIn.signIn(email, 'guess');
    // A refused password is cleared: the sign of this attempt's answer (the summary may be the last one's).
    await expect(signIn.password).toHaveValue('');
    if ((await signIn.errorSummary.textContent())?.includes('Too many')) break;
  }
  await expect(signIn.errorSummary).toContainText(/Too many failed attempts\. Try again in \d+ seconds?\./);
});

test('signing out returns to the home page as an anonymous visitor', async ({ page }) => {
  const account = new AccountArea(page);
  const signIn = new SignInPage(page);
  await signIn.goto('/organisations/RAL');
  await signIn.signIn(DEMO.procurement, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/organisations\/RAL$/);
  await expect(account.nav).toContainText('Priya Procurement');

  await account.signOut.click();

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('alert')).toContainText('You have signed out.');
  await expect(account.signInLink).toBeVisible();
  await expect(account.nav).not.toContainText('Priya Procurement');

  await page.reload();
  await expect(account.signInLink).toBeVisible();
  await expect(account.nav).not.toContainText('Priya Procurement');
});

test('someone with two memberships switches between them from the header', async ({ page, baseURL }) => {
  const person = await createUser(baseURL ?? '', {
    name: 'Taylor Two-Hats',
    memberships: [
      { organisationOdsCode: 'RAL', role: 'TRUST_PROCUREMENT' },
      { organisationOdsCode: 'RRK', role: 'TRUST_COMPLIANCE' },
    ],
  });
  const account = new AccountArea(page);
  const signIn = new SignInPage(page);
  await signIn.goto('/organisations');
  await signIn.signIn(person.email, person.password);
  await expect(account.nav).toContainText(`${ROYAL_FREE} · Trust procurement`);
  await expect(account.switchTo.getByRole('option')).toHaveText([`${BIRMINGHAM} · Trust compliance`]);

  await account.switchMembership(`${BIRMINGHAM} · Trust compliance`);

  await expect(page.getByRole('alert')).toContainText(`Switched to ${BIRMINGHAM} · Trust compliance.`);
  await expect(account.nav).toContainText(`${BIRMINGHAM} · Trust compliance`);
  await expect(account.switchTo.getByRole('option')).toHaveText([`${ROYAL_FREE} · Trust procurement`]);
  await expect(page).toHaveURL(/\/organisations$/);

  // The server remembers the choice for the session.
  await page.reload();
  await expect(account.nav).toContainText(`${BIRMINGHAM} · Trust compliance`);
});
