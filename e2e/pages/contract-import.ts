import { request, type Locator, type Page } from '@playwright/test';

/** `/contracts/import` and `/contracts/import/:id`: the contract register import wizard. */
export class ContractImportPage {
  readonly heading: Locator;
  readonly fileInput: Locator;
  readonly upload: Locator;
  readonly templateLink: Locator;
  readonly errorSummary: Locator;
  readonly problems: Locator;
  readonly errorReport: Locator;
  readonly uploadCorrected: Locator;
  readonly saveChoices: Locator;
  readonly importContracts: Locator;
  readonly progress: Locator;
  readonly confirmation: Locator;
  readonly viewContracts: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.fileInput = page.getByLabel('Upload your file');
    this.upload = page.getByRole('button', { name: 'Upload and check the file' });
    this.templateLink = page.getByRole('link', { name: 'Download the template (CSV)' });
    this.errorSummary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    this.problems = page.getByRole('table', { name: /^Problems in / });
    this.errorReport = page.getByRole('link', { name: 'Download the error report (CSV)' });
    this.uploadCorrected = page.getByRole('button', { name: 'Upload a corrected file' });
    this.saveChoices = page.getByRole('button', { name: 'Save choices' });
    this.importContracts = page.getByRole('button', { name: 'Import contracts' });
    this.progress = page.getByRole('progressbar');
    this.confirmation = page.getByRole('heading', { level: 1, name: 'Contracts imported' });
    this.viewContracts = page.getByRole('link', { name: 'View your contracts' });
  }

  /** The heading of a step, by its title: "Fix the problems in your file". */
  step(number: number, title: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: `Step ${number} of 4 – ${title}` });
  }

  async goto(id?: string): Promise<void> {
    await this.page.goto(id ? `/contracts/import/${encodeURIComponent(id)}` : '/contracts/import');
  }

  /** Chooses a file made here (never on disk) and uploads it. */
  async uploadFile(name: string, csv: string): Promise<void> {
    await this.fileInput.setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await this.upload.click();
  }

  /** One name's question on the review step: "Which supplier is “…”?". */
  review(question: string): Locator {
    return this.page.getByRole('group', { name: question });
  }
}

/** A demo catalogue supplier with one of its products, as a register names them. */
export type CatalogueSupplier = { name: string; companiesHouseNumber: string; product: string };

/**
 * The first demo supplier whose name matches `search`, with its first product: anyone may read the
 * catalogue, so no one signs in.
 */
export async function catalogueSupplier(baseURL: string, search: string): Promise<CatalogueSupplier> {
  const api = await request.newContext({ baseURL });
  try {
    const response = await api.post('/graphql', {
      data: {
        query:
          'query ($search: String) { suppliers(first: 1, filter: { search: $search }) { edges { node { name companiesHouseNumber products { name } } } } }',
        variables: { search },
      },
    });
    const body = (await response.json()) as {
      data?: {
        suppliers: {
          edges: { node: { name: string; companiesHouseNumber: string; products: { name: string }[] } }[];
        };
      };
    };
    const supplier = body.data?.suppliers.edges[0]?.node;
    const product = supplier?.products[0]?.name;
    if (!supplier || !product) throw new Error(`No demo supplier with a product matches ${search}`);
    return { name: supplier.name, companiesHouseNumber: supplier.companiesHouseNumber, product };
  } finally {
    await api.dispose();
  }
}

/** One contract line as the register's template lays it out (only the columns these tests use). */
export type RegisterLine = {
  reference: string;
  title: string;
  supplier: string;
  line: string;
  product?: string;
  description?: string;
  pricingUnit: string;
  billingPeriod: string;
  quantity: string;
  unitPrice: string;
};

const header = [
  'contract_reference',
  'contract_title',
  'supplier_name',
  'route',
  'start_date',
  'end_date',
  'line_reference',
  'product_name',
  'description',
  'pricing_unit',
  'billing_period',
  'quantity',
  'unit_price',
];

const quoted = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** A register file of direct awards from 1 Apr 2026 to 31 Mar 2029, one row per line. */
export function registerCsv(lines: RegisterLine[]): string {
  const rows = lines.map((l) => [
    l.reference,
    l.title,
    l.supplier,
    'DIRECT_AWARD',
    '01/04/2026',
    '2029-03-31',
    l.line,
    l.product ?? '',
    l.description ?? '',
    l.pricingUnit,
    l.billingPeriod,
    l.quantity,
    l.unitPrice,
  ]);
  return `${[header, ...rows].map((row) => row.map(quoted).join(',')).join('\r\n')}\r\n`;
}

/**
 * Uploads a register over HTTP with the page's session (the browser's cookies), as the wizard's
 * first step does, and returns the import's id: for tests that start at a later step.
 */
export async function uploadOverApi(page: Page, name: string, csv: string): Promise<string> {
  const response = await page.request.post('/imports/contract-register', {
    headers: { 'content-type': 'text/csv', 'x-file-name': encodeURIComponent(name) },
    data: Buffer.from(csv, 'utf8'),
  });
  if (response.status() !== 201)
    throw new Error(`Upload failed (${response.status()}): ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}
