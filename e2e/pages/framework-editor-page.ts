import type { Locator, Page } from '@playwright/test';

type Day = { day: string; month: string; year: string };

/** `/frameworks/new` and `/frameworks/:reference/edit`: a central user's draft framework. */
export class FrameworkEditorPage {
  readonly errorSummary: Locator;

  constructor(readonly page: Page) {
    this.errorSummary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  }

  private async fillDate(legend: RegExp, date: Day): Promise<void> {
    const group = this.page.getByRole('group', { name: legend });
    await group.getByLabel('Day').fill(date.day);
    await group.getByLabel('Month').fill(date.month);
    await group.getByLabel('Year').fill(date.year);
  }

  /** Fills the new-framework form and creates the draft; waits for the editor. */
  async createDraft(input: { reference: string; title: string; start: Day; end: Day }): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Reference' }).fill(input.reference);
    await this.page.getByRole('textbox', { name: 'Title' }).fill(input.title);
    await this.fillDate(/^Start date/, input.start);
    await this.fillDate(/^End date/, input.end);
    await this.page.getByRole('button', { name: 'Create draft' }).click();
    await this.page.getByRole('heading', { level: 1, name: /^Edit / }).waitFor();
  }

  /** Adds a lot and fills its title and category; returns its section. */
  /** `category` is the ProductCategory value, e.g. EPR. */
  async addLot(title: string, category: string): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Add a lot' }).click();
    const lot = this.page.locator('section.concord-fe-lot').last();
    await lot.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
    await lot.getByRole('combobox', { name: 'Category' }).selectOption(category);
    return lot;
  }

  /** Searches for a supplier and approves it on the lot. */
  async approveSupplier(lot: Locator, search: string, supplier: string): Promise<void> {
    await lot.getByRole('button', { name: /^Add a supplier/ }).click();
    await lot.getByRole('searchbox', { name: /^Search for a supplier/ }).fill(search);
    await lot.getByRole('button', { name: 'Search', exact: true }).click();
    await lot.getByRole('button', { name: `Choose ${supplier}` }).click();
  }

  /**
   * Adds a per-user annual price with two cumulative volume bands to the supplier's last offer.
   * Returns the product version chosen (its option label).
   */
  async addBandedPrice(
    lot: Locator,
    price: { firstBandTo: string; firstPrice: string; secondPrice: string },
  ): Promise<string> {
    await lot.getByRole('button', { name: /^Add a price for/ }).click();
    const version = lot.getByRole('combobox', { name: 'Product version' }).last();
    await version.selectOption({ index: 1 });
    const chosen = (await version.locator('option:checked').textContent())?.trim() ?? '';
    await lot.getByRole('combobox', { name: 'What one unit is' }).last().selectOption('PER_USER');
    await lot.getByRole('combobox', { name: 'How often it is charged' }).last().selectOption('ANNUAL');
    await lot
      .getByRole('textbox', { name: /^Ceiling unit price/ })
      .last()
      .fill(price.firstPrice);
    await lot.getByRole('button', { name: 'Add volume bands' }).click();
    await lot.getByRole('textbox', { name: /^Band 1: last user/ }).fill(price.firstBandTo);
    await lot.getByRole('textbox', { name: /^Band 2: unit price/ }).fill(price.secondPrice);
    await lot.getByRole('radio', { name: /^Cumulative/ }).check();
    await lot.getByRole('button', { name: /^Done/ }).click();
    return chosen;
  }

  async saveDraft(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save draft' }).click();
    await this.page.getByText(/has been saved/).waitFor();
  }

  /** Publishes, confirming when asked. */
  async publish(): Promise<void> {
    await this.page.getByRole('button', { name: 'Publish framework' }).click();
    await this.page.getByRole('button', { name: /^Yes, publish / }).click();
  }
}
