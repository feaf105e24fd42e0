import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';

const samples = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../server/test/fixtures/ocds-sample',
);

/** A file of the OCDS sample data the server's tests use: `ocds-213czf-000-00001-05-contract.json`. */
export const ocdsSample = (name: string) => path.join(samples, name);

/** `/contracts/import/ocds`: an OCDS release package imported as draft contracts. */
export class OcdsImportPage {
  readonly heading: Locator;
  readonly fileInput: Locator;
  readonly buyer: Locator;
  readonly importButton: Locator;
  readonly errorSummary: Locator;
  readonly reviewHeading: Locator;
  readonly importWithSuppliers: Locator;
  readonly confirmation: Locator;
  readonly drafts: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Import an OCDS release package' });
    this.fileInput = page.getByLabel('Upload the release package');
    this.buyer = page.getByLabel('Trust’s ODS code (optional)');
    this.importButton = page.getByRole('button', { name: 'Import', exact: true });
    this.errorSummary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    this.reviewHeading = page.getByRole('heading', { level: 1, name: 'Choose the suppliers you meant' });
    this.importWithSuppliers = page.getByRole('button', { name: 'Import with these suppliers' });
    this.confirmation = page.getByRole('heading', { level: 1, name: 'Draft contracts imported' });
    this.drafts = page.getByRole('table', { name: /draft contracts? from / });
  }

  async goto(): Promise<void> {
    await this.page.goto('/contracts/import/ocds');
  }

  /** Chooses a file on disk, or one made here, and imports it. */
  async importFile(file: string | { name: string; text: string }): Promise<void> {
    await this.fileInput.setInputFiles(
      typeof file === 'string'
        ? file
        : { name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text, 'utf8') },
    );
    await this.importButton.click();
  }

  /** One supplier name's question on the review step, a list when any supplier may be meant. */
  supplierList(name: string): Locator {
    return this.page.getByRole('combobox', { name: `Which supplier is “${name}”?` });
  }
}
