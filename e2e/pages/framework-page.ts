import type { Locator, Page } from '@playwright/test';

/** `/frameworks/:reference`: one framework with its lots, suppliers, prices and calculators. */
export class FrameworkPage {
  readonly notice: Locator;
  readonly syntheticPrices: Locator;
  readonly ocdsLink: Locator;

  constructor(readonly page: Page) {
    this.notice = page.getByRole('alert');
    this.syntheticPrices = page.getByRole('note').filter({ hasText: 'Demo data' });
    this.ocdsLink = page.getByRole('link', { name: /OCDS/ });
  }

  heading(title: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: title });
  }

  async goto(reference: string, title: string): Promise<void> {
    await this.page.goto(`/frameworks/${encodeURIComponent(reference)}`);
    await this.heading(title).waitFor();
  }

  /** A lot's section, e.g. "Lot 1: Electronic patient records". */
  lot(number: number, title: string): Locator {
    return this.page.getByRole('region', { name: `Lot ${number}: ${title}` });
  }

  /** Opens an approved supplier's prices within a lot. */
  async openSupplier(lot: Locator, supplier: string): Promise<void> {
    await lot.getByText(supplier, { exact: true }).first().click();
  }

  /** Opens the calculator of one price, named by product, version and unit, and prices a quantity. */
  async price(lot: Locator, name: string, quantity: string, months: string): Promise<Locator> {
    await lot.getByRole('button', { name: `Price this: ${name}` }).click();
    const calculator = lot.getByRole('group', { name, exact: true });
    await calculator.getByRole('textbox', { name: /^Quantity/ }).fill(quantity);
    await calculator.getByRole('textbox', { name: 'Term (months)' }).fill(months);
    return calculator;
  }
}
