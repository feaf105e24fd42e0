import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { createUser } from '../api.js';
import { expect, test } from '../fixtures.js';
import { AccountArea } from '../pages/account-area.js';
import { DirectoryPage } from '../pages/directory-page.js';
import { SignInPage } from '../pages/sign-in-page.js';

// WCAG 2.2 AA, the NHS standard, as far as automated checks reach; keyboard and screen reader
// behaviour is covered by the journeys in organisations.spec.ts.
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

const pages: { name: string; path: string; ready: (page: Page) => Promise<unknown> }[] = [
  { name: 'home', path: '/', ready: (page) => page.getByRole('heading', { name: 'Concord' }).waitFor() },
  {
    name: 'directory',
    path: '/organisations',
    ready: (page) => new DirectoryPage(page).nameLinks.first().waitFor(),
  },
  {
    name: 'directory with no matches',
    path: '/organisations?q=zzzz+nothing',
    ready: (page) => new DirectoryPage(page).noMatches.waitFor(),
  },
  {
    name: 'directory with an error',
    path: '/organisations?first=500',
    ready: (page) => new DirectoryPage(page).errorSummary.waitFor(),
  },
  {
    name: 'organisation',
    path: '/organisations/RAL',
    ready: (page) => page.getByRole('heading', { name: 'Royal Free London NHS Foundation Trust' }).waitFor(),
  },
  {
    name: 'organisation not found',
    path: '/organisations/ZZZ99',
    ready: (page) => page.getByRole('heading', { name: 'Organisation not found' }).waitFor(),
  },
  {
    name: 'about',
    path: '/about',
    ready: (page) => page.getByRole('heading', { name: 'About Concord' }).waitFor(),
  },
  {
    name: 'sign in',
    path: '/sign-in',
    ready: (page) => new SignInPage(page).heading.waitFor(),
  },
  {
    name: 'not found',
    path: '/no-such-page',
    ready: (page) => page.getByRole('heading', { name: 'Page not found' }).waitFor(),
  },
];

for (const { name, path, ready } of pages) {
  test(`the ${name} page passes automated WCAG 2.2 AA checks`, async ({ page }) => {
    await page.goto(path);
    await ready(page);
    expect(await violations(page)).toEqual([]);
  });
}

test('the directory passes with its filters open, on a phone-sized screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const directory = new DirectoryPage(page);
  await directory.goto();
  await directory.nameLinks.first().waitFor();
  await directory.showFilters();
  expect(await violations(page)).toEqual([]);
});

test('the sign-in page passes with its error summary and messages showing', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.submit.click();
  await signIn.errorSummary.waitFor();
  expect(await violations(page)).toEqual([]);
});

test('the header passes for a signed-in user with the membership switcher, at both sizes', async ({
  page,
  baseURL,
}) => {
  const person = await createUser(baseURL ?? '', {
    name: 'Alex Accessible',
    memberships: [
      { organisationOdsCode: 'RAL', role: 'TRUST_PROCUREMENT' },
      { organisationOdsCode: 'RRK', role: 'TRUST_COMPLIANCE' },
    ],
  });
  const signIn = new SignInPage(page);
  await signIn.goto('/organisations');
  await signIn.signIn(person.email, person.password);
  await new AccountArea(page).switchTo.waitFor();
  // With the success notice showing, too.
  await page.getByRole('alert').waitFor();
  expect(await violations(page)).toEqual([]);

  await page.setViewportSize({ width: 375, height: 800 });
  expect(await violations(page)).toEqual([]);
});
