import type { Locator, Page } from '@playwright/test';

/** `/sign-in`: email address and password. */
export class SignInPage {
  readonly heading: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly showPassword: Locator;
  readonly submit: Locator;
  readonly errorSummary: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Sign in' });
    this.email = page.getByRole('textbox', { name: 'Email address' });
    // Exact: the "Show password" button's name contains the word too.
    this.password = page.getByLabel('Password', { exact: true });
    this.showPassword = page.getByRole('button', { name: 'Show password' });
    this.submit = page.getByRole('main').getByRole('button', { name: 'Sign in', exact: true });
    this.errorSummary = page.getByRole('alert');
  }

  /** Opens the page directly, optionally with where to return afterwards. */
  async goto(returnTo?: string): Promise<void> {
    await this.page.goto(returnTo ? `/sign-in?returnTo=${encodeURIComponent(returnTo)}` : '/sign-in');
    await this.heading.waitFor();
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }
}
