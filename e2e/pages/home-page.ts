import type { Locator, Page } from '@playwright/test';

/** `/` for a trust's procurement lead: the savings, the lines above ceiling, the contracts ending. */
export class TrustHomePage {
  readonly heading: Locator;
  readonly headlineSaving: Locator;
  readonly topSavings: Locator;
  readonly aboveCeiling: Locator;
  readonly ending: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Your trust’s deals' });
    this.headlineSaving = page.getByText(
      /^You could save £[\d,]+\.\d\d a year at the median on [\d,]+ lines?\.$/,
    );
    this.topSavings = page.getByRole('table', { name: 'Your top savings' });
    this.aboveCeiling = page.getByRole('region', { name: 'Lines above the framework ceiling' });
    this.ending = page.getByRole('table', { name: 'Contracts ending in the next 12 months' });
  }
}

/** `/` for a central commercial user: savings by region and ICB, the largest, framework uptake. */
export class CentralHomePage {
  readonly heading: Locator;
  readonly nationalSaving: Locator;
  readonly regionChart: Locator;
  readonly regions: Locator;
  readonly icbChart: Locator;
  readonly largest: Locator;
  readonly uptakeShare: Locator;
  readonly uptakeByRegion: Locator;
  readonly target: Locator;
  readonly show: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Where the NHS could save' });
    this.nationalSaving = page.getByTestId('national-saving');
    this.regionChart = page.getByRole('img', { name: /^Bar chart, Saving a year by NHS region: / });
    this.regions = page.getByRole('table', { name: 'Saving a year by nhs region' });
    this.icbChart = page.getByRole('img', {
      name: /^Bar chart, Saving a year, the 15 integrated care boards/,
    });
    this.largest = page.getByRole('table', { name: /^The \d+ lines with most to save$/ });
    this.uptakeShare = page.getByTestId('uptake-share');
    this.uptakeByRegion = page.getByRole('table', { name: 'Uptake by NHS region' });
    this.target = page.getByLabel('Measure each line against');
    this.show = page.getByRole('button', { name: 'Show savings' });
  }
}
