import type { Locator, Page } from '@playwright/test';

/** `/admin/audit`: the audit trail, newest first. */
export class AuditTrailPage {
  readonly heading: Locator;
  readonly actionFilter: Locator;
  readonly resultCount: Locator;
  readonly results: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Audit trail' });
    this.actionFilter = page.getByRole('searchbox', { name: 'Filter by action' });
    this.resultCount = page.getByRole('status');
    this.results = page.getByRole('table');
  }

  async goto(search = ''): Promise<void> {
    await this.page.goto(`/admin/audit${search}`);
  }

  async filterByAction(action: string): Promise<void> {
    await this.actionFilter.fill(action);
    await this.actionFilter.press('Enter');
  }
}
