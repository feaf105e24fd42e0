import type { Locator, Page } from '@playwright/test';

/** `/frameworks`: the framework catalogue. */
export class FrameworkCataloguePage {
  readonly heading: Locator;
  readonly searchBox: Locator;
  readonly createFramework: Locator;
  readonly results: Locator;
  readonly errorSummary: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Frameworks' });
    this.searchBox = page.getByRole('searchbox', { name: 'Search by reference, title or description' });
    // A link styled as a button (like "Create a user"): found by its role.
    this.createFramework = page.getByRole('button', { name: 'Create a framework' });
    this.results = page.getByRole('table');
    this.errorSummary = page.getByRole('alert');
  }

  async goto(search = ''): Promise<void> {
    await this.page.goto(`/frameworks${search}`);
    await this.heading.waitFor();
  }

  /** Types into the search box and presses Enter, as a keyboard user would. */
  async search(text: string): Promise<void> {
    await this.searchBox.fill(text);
    await this.searchBox.press('Enter');
  }

  /** The link to a framework listed, by its title. */
  frameworkLink(title: string): Locator {
    return this.results.getByRole('link', { name: title, exact: true });
  }
}
