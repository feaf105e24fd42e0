import type { Locator, Page } from '@playwright/test';

/** `/admin/users/new`: a new user with a first membership. */
export class NewUserPage {
  readonly heading: Locator;
  readonly name: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly role: Locator;
  readonly odsCode: Locator;
  readonly supplier: Locator;
  readonly submit: Locator;
  readonly errorSummary: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Create a user' });
    this.name = page.getByRole('textbox', { name: 'Full name' });
    this.email = page.getByRole('textbox', { name: 'Email address' });
    this.password = page.getByLabel('Initial password', { exact: true });
    this.role = page.getByRole('combobox', { name: 'Role' });
    this.odsCode = page.getByRole('textbox', { name: 'Organisation ODS code' });
    this.supplier = page.getByRole('combobox', { name: 'Supplier' });
    this.submit = page.getByRole('button', { name: 'Create user' });
    // An alert with a heading about a problem: the success banner of signing in is an alert too.
    this.errorSummary = page
      .getByRole('alert')
      .filter({ has: page.getByRole('heading', { name: /problem/ }) });
  }

  async goto(): Promise<void> {
    await this.page.goto('/admin/users/new');
  }

  async create(user: {
    name: string;
    email: string;
    password: string;
    role: string;
    odsCode?: string;
    supplier?: string;
  }) {
    await this.name.fill(user.name);
    await this.email.fill(user.email);
    await this.password.fill(user.password);
    await this.role.selectOption({ label: user.role });
    if (user.odsCode !== undefined) await this.odsCode.fill(user.odsCode);
    if (user.supplier !== undefined) await this.supplier.selectOption({ label: user.supplier });
    await this.submit.click();
  }
}
