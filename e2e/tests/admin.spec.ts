import { randomUUID } from 'node:crypto';
import { createUser, DEMO, DEMO_PASSWORD } from '../api.js';
import { expect, test } from '../fixtures.js';
import { AccountArea } from '../pages/account-area.js';
import { AuditTrailPage } from '../pages/audit-trail-page.js';
import { NewUserPage } from '../pages/new-user-page.js';
import { SignInPage } from '../pages/sign-in-page.js';
import { UserPage } from '../pages/user-page.js';
import { UsersPage } from '../pages/users-page.js';

const ROYAL_FREE = 'Royal Free London NHS Foundation Trust';
const BIRMINGHAM = 'University Hospitals Birmingham NHS Foundation Trust';

const uniqueEmail = () => `e2e-admin-${randomUUID()}@concord.example`;

test('an administrator creates a trust procurement lead, who then signs in at their trust', async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  const account = new AccountArea(page);
  const menu = page.getByRole('navigation', { name: 'Menu' });
  await signIn.goto('/admin/users');
  await signIn.signIn(DEMO.admin, DEMO_PASSWORD);

  const users = new UsersPage(page);
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(users.heading).toBeVisible();
  await expect(menu.getByRole('link', { name: 'Users' })).toHaveAttribute('aria-current', 'page');
  await expect(menu.getByRole('link', { name: 'Audit trail' })).toBeVisible();

  await users.createUser.click();
  const form = new NewUserPage(page);
  await expect(form.heading).toBeVisible();
  const person = { name: 'Robin Royal Free', email: uniqueEmail(), password: `pw-${randomUUID()}` };
  await form.create({ ...person, role: 'Trust procurement', odsCode: 'ral' });

  const user = new UserPage(page);
  await expect(page).toHaveURL(/\/admin\/users\/[^/]+$/);
  await expect(user.heading).toHaveText(person.name);
  await expect(page.getByRole('alert')).toContainText(`${person.name} has been created.`);
  await expect(user.value('Email address')).toHaveText(person.email);
  await expect(user.memberships).toContainText(ROYAL_FREE);
  await expect(user.memberships).toContainText('Trust procurement');

  await account.signOut.click();
  await expect(account.signInLink).toBeVisible();

  await signIn.goto('/organisations');
  await signIn.signIn(person.email, person.password);
  await expect(account.nav).toContainText(person.name);
  await expect(account.nav).toContainText(`${ROYAL_FREE} · Trust procurement`);
  await expect(menu.getByRole('link', { name: 'Users' })).toHaveCount(0);
  await expect(menu.getByRole('link', { name: 'Audit trail' })).toHaveCount(0);
});

test('an administrator gives a supplier’s employee a supplier membership', async ({ page }) => {
  const signIn = new SignInPage(page);
  const account = new AccountArea(page);
  await signIn.goto('/admin/users/new');
  await signIn.signIn(DEMO.admin, DEMO_PASSWORD);

  const form = new NewUserPage(page);
  await expect(form.heading).toBeVisible();
  await form.role.selectOption({ label: 'Supplier' });
  await expect(form.odsCode).toHaveCount(0);
  const person = { name: 'Sasha Supplier', email: uniqueEmail(), password: `pw-${randomUUID()}` };
  await form.create({ ...person, role: 'Supplier', supplier: 'Meridian Clinical Systems Ltd (demo)' });

  const user = new UserPage(page);
  await expect(user.heading).toHaveText(person.name);
  await expect(user.memberships).toContainText('Meridian Clinical Systems Ltd (demo)');

  await account.signOut.click();
  await signIn.goto('/organisations');
  await signIn.signIn(person.email, person.password);
  await expect(account.nav).toContainText('Meridian Clinical Systems Ltd (demo) · Supplier');
});

test('the new user form explains problems, its own and the server’s, on their fields', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto('/admin/users/new');
  await signIn.signIn(DEMO.admin, DEMO_PASSWORD);
  const form = new NewUserPage(page);
  await expect(form.heading).toBeVisible();

  await form.submit.click();
  await expect(form.errorSummary.getByRole('link')).toHaveText([
    'Enter their full name',
    'Enter their email address',
    'Enter a password of at least 12 characters',
    'Select a role',
  ]);
  await expect(page).toHaveTitle('Error: Create a user – Concord');

  // An administrator acts everywhere: there is no organisation to give.
  await form.role.selectOption({ label: 'Administrator' });
  await expect(form.odsCode).toHaveCount(0);

  // The server knows the address is taken and the code is unknown.
  await form.create({
    name: 'Duplicate Person',
    email: DEMO.procurement,
    password: 'a-long-enough-password',
    role: 'Trust procurement',
    odsCode: 'ZZZ99',
  });
  await expect(form.errorSummary).toContainText('ZZZ99');
  await form.errorSummary.getByRole('link', { name: /ZZZ99/ }).click();
  await expect(form.odsCode).toBeFocused();
});

test('an administrator adds and removes a membership, and deactivates and reactivates a user', async ({
  page,
  baseURL,
}) => {
  const person = await createUser(baseURL ?? '', {
    name: 'Morgan Memberships',
    memberships: [{ organisationOdsCode: 'RAL', role: 'TRUST_PROCUREMENT' }],
  });
  const signIn = new SignInPage(page);
  await signIn.goto('/admin/users');
  await signIn.signIn(DEMO.admin, DEMO_PASSWORD);
  const users = new UsersPage(page);
  await users.search(person.email);
  await expect(users.resultCount).toHaveText(`1 user matches “${person.email}”`);
  await users.results.getByRole('link', { name: person.name }).click();

  const user = new UserPage(page);
  await expect(user.heading).toHaveText(person.name);
  await user.addMembership('Trust compliance', 'RRK');
  await expect(page.getByRole('alert')).toContainText(`Added ${BIRMINGHAM} · Trust compliance.`);
  await expect(user.memberships).toContainText(BIRMINGHAM);

  await user.removeMembership(ROYAL_FREE);
  await expect(page.getByRole('alert')).toContainText(`Removed ${ROYAL_FREE} · Trust procurement.`);
  await expect(user.memberships).not.toContainText(ROYAL_FREE);

  await user.deactivate.click();
  await expect(user.value('Status')).toHaveText('Deactivated');
  await expect(page.getByRole('alert')).toContainText(`${person.name} can no longer sign in.`);
  await user.reactivate.click();
  await expect(user.value('Status')).toHaveText('Active');

  // The audit trail records it.
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Audit trail' }).click();
  const audit = new AuditTrailPage(page);
  await audit.filterByAction('removeMembership');
  await expect(page).toHaveURL(/\/admin\/audit\?action=removeMembership$/);
  await expect(audit.results.getByRole('row').nth(1)).toContainText('removeMembership');
  await expect(audit.results.getByRole('row').nth(1)).toContainText('Ada Admin');
});

test('the admin pages ask visitors to sign in and tell others they have no access', async ({ page }) => {
  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in to continue');
  await page.getByRole('main').getByRole('link', { name: 'Sign in' }).click();
  const signIn = new SignInPage(page);
  await signIn.signIn(DEMO.procurement, DEMO_PASSWORD);

  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You do not have access');
  await page.goto('/admin/audit');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You do not have access');
});

test('central commercial users read the audit trail but do not manage users', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto('/admin/audit');
  await signIn.signIn(DEMO.commercial, DEMO_PASSWORD);
  const audit = new AuditTrailPage(page);
  await expect(audit.heading).toBeVisible();
  await expect(audit.resultCount).toHaveText(/^\d+ events?$/);
  const menu = page.getByRole('navigation', { name: 'Menu' });
  // A central user's menu is longer than the bar: the last items wait under "More".
  const more = menu.getByRole('button', { name: /More/ });
  if (await more.isVisible()) await more.click();
  await expect(menu.getByRole('link', { name: 'Audit trail' })).toHaveAttribute('aria-current', 'page');
  await expect(menu.getByRole('link', { name: 'Users' })).toHaveCount(0);
});
