import type { Locator, Page } from '@playwright/test';

/** The account area of the header, on every page: "Sign in", or who is signed in and as what. */
export class AccountArea {
  readonly nav: Locator;
  readonly signInLink: Locator;
  readonly signOut: Locator;
  readonly switchTo: Locator;
  readonly switchButton: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Account' });
    this.signInLink = this.nav.getByRole('link', { name: 'Sign in' });
    this.signOut = this.nav.getByRole('button', { name: 'Sign out' });
    this.switchTo = this.nav.getByLabel('Switch to');
    this.switchButton = this.nav.getByRole('button', { name: 'Switch', exact: true });
  }

  /** Acts in another membership, chosen by its label ("Organisation · Role"), with the keyboard. */
  async switchMembership(label: string): Promise<void> {
    await this.switchTo.selectOption({ label });
    await this.switchButton.focus();
    await this.page.keyboard.press('Enter');
  }
}
