import type { Locator, Page } from '@playwright/test';

/** `/organisations/:odsCode`: one organisation's details. */
export class OrganisationPage {
  readonly heading: Locator;
  readonly backLink: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.backLink = page.getByRole('link', { name: 'Back to organisations' });
  }

  async goto(odsCode: string): Promise<void> {
    await this.page.goto(`/organisations/${encodeURIComponent(odsCode)}`);
  }

  /** The value next to `key` in the summary list, for example `value('Region')`. */
  value(key: string): Locator {
    const exactly = new RegExp(`^\\s*${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
    return this.page.getByRole('term').filter({ hasText: exactly }).locator('xpath=following-sibling::dd[1]');
  }
}
