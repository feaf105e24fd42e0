import type { Locator, Page } from '@playwright/test';

/** `/organisations`: the searchable, filterable directory. */
export class DirectoryPage {
  readonly heading: Locator;
  readonly searchBox: Locator;
  readonly filterToggle: Locator;
  readonly includeClosed: Locator;
  readonly applyFilters: Locator;
  readonly resultCount: Locator;
  readonly results: Locator;
  readonly noMatches: Locator;
  /** Links to the organisations listed, in order. */
  readonly nameLinks: Locator;
  readonly errorSummary: Locator;
  readonly nextPage: Locator;
  readonly previousPage: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Organisations' });
    this.searchBox = page.getByRole('searchbox', { name: 'Search by name or ODS code' });
    this.filterToggle = page.getByText('Filter and sort', { exact: true });
    this.includeClosed = page.getByRole('checkbox', { name: 'Include closed organisations' });
    this.applyFilters = page.getByRole('button', { name: 'Apply filters' });
    this.resultCount = page.getByRole('status');
    this.results = page.getByRole('table');
    this.nameLinks = this.results.getByRole('rowheader').getByRole('link');
    this.noMatches = page.getByRole('heading', { level: 2, name: /^No organisations match/ });
    this.errorSummary = page.getByRole('alert');
    this.nextPage = page.getByRole('link', { name: 'Next page' });
    this.previousPage = page.getByRole('link', { name: 'Previous page' });
  }

  async goto(search = ''): Promise<void> {
    await this.page.goto(`/organisations${search}`);
    await this.heading.waitFor();
  }

  /** Types into the search box and presses Enter, as a keyboard user would. */
  async search(text: string): Promise<void> {
    await this.searchBox.fill(text);
    await this.searchBox.press('Enter');
  }

  async showFilters(): Promise<void> {
    if (!(await this.includeClosed.isVisible())) await this.filterToggle.click();
  }

  async includeClosedOrganisations(): Promise<void> {
    await this.showFilters();
    await this.includeClosed.check();
    await this.applyFilters.click();
  }

  /** The table row of the organisation with this name. */
  row(name: string): Locator {
    return this.results.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  /** Names of the organisations on this page, in order, once the table is there. */
  async names(): Promise<string[]> {
    await this.nameLinks.first().waitFor();
    return this.nameLinks.allTextContents();
  }

  async open(name: string): Promise<void> {
    await this.results.getByRole('link', { name, exact: true }).click();
  }
}
