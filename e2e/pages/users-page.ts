import type { Locator, Page } from '@playwright/test';

/** `/admin/users`: every user, for administrators. */
export class UsersPage {
  readonly heading: Locator;
  readonly createUser: Locator;
  readonly searchBox: Locator;
  readonly status: Locator;
  readonly apply: Locator;
  readonly resultCount: Locator;
  readonly results: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Users' });
    this.createUser = page.getByRole('button', { name: 'Create a user' });
    this.searchBox = page.getByRole('searchbox', { name: 'Search by name or email address' });
    this.status = page.getByRole('combobox', { name: 'Status' });
    this.apply = page.getByRole('button', { name: 'Apply' });
    this.resultCount = page.getByRole('status');
    this.results = page.getByRole('table');
  }

  async goto(search = ''): Promise<void> {
    await this.page.goto(`/admin/users${search}`);
  }

  async search(text: string): Promise<void> {
    await this.searchBox.fill(text);
    await this.searchBox.press('Enter');
  }
}
