import type { Locator, Page } from '@playwright/test';

/** `/admin/users/:id`: one user, their memberships and status. */
export class UserPage {
  readonly heading: Locator;
  readonly memberships: Locator;
  readonly deactivate: Locator;
  readonly reactivate: Locator;
  readonly addForm: Locator;
  readonly newRole: Locator;
  readonly newOdsCode: Locator;
  readonly add: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.memberships = page.getByRole('table');
    this.deactivate = page.getByRole('button', { name: 'Deactivate user' });
    this.reactivate = page.getByRole('button', { name: 'Reactivate user' });
    this.addForm = page.getByRole('form', { name: 'Add a membership' });
    this.newRole = this.addForm.getByRole('combobox', { name: 'Role' });
    this.newOdsCode = this.addForm.getByRole('textbox', { name: 'Organisation ODS code' });
    this.add = this.addForm.getByRole('button', { name: 'Add membership' });
  }

  /** The value next to `key` in the summary list, for example `value('Status')`. */
  value(key: string): Locator {
    return this.page.getByRole('term').filter({ hasText: key }).locator('xpath=following-sibling::dd[1]');
  }

  async addMembership(role: string, odsCode?: string): Promise<void> {
    await this.newRole.selectOption({ label: role });
    if (odsCode !== undefined) await this.newOdsCode.fill(odsCode);
    await this.add.click();
  }

  /** Removes the membership at `organisation` with its two-step confirmation. */
  async removeMembership(organisation: string): Promise<void> {
    const row = this.memberships.getByRole('row').filter({ hasText: organisation });
    await row.getByRole('button', { name: /^Remove/ }).click();
    await row.getByRole('button', { name: /^Yes, remove/ }).click();
  }
}
