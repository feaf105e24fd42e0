import type { Locator, Page } from '@playwright/test';

/** `/compare`: what to compare, and the answer: the saving, your position, the chart and every price. */
export class ComparePage {
  readonly heading: Locator;
  readonly headlineSaving: Locator;
  readonly yourPosition: Locator;
  readonly yourLines: Locator;
  readonly chart: Locator;
  readonly prices: Locator;
  readonly download: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Compare prices' });
    this.headlineSaving = page.getByText(/^You could save £[\d,]+\.\d\d a year at the median$/);
    this.yourPosition = page.getByRole('heading', { level: 2, name: 'Your position' });
    this.yourLines = page.getByRole('table', { name: 'Your lines' });
    this.chart = page.getByRole('img', { name: /^Strip plot: / });
    this.prices = page.getByRole('table', { name: /^Every price compared/ });
    this.download = page.getByRole('button', { name: /^Download as CSV/ });
  }

  /** The address of the comparison of one product in one unit (`PER_USER` …). */
  static path(productId: string, pricingUnit: string): string {
    const unit = pricingUnit.toLowerCase().replace(/_/g, '-');
    return `/compare?${new URLSearchParams({ product: productId, unit }).toString()}`;
  }

  /** Opens the comparison of one product in one unit. */
  async goto(productId: string, pricingUnit: string): Promise<void> {
    await this.page.goto(ComparePage.path(productId, pricingUnit));
  }
}
