import type { Locator, Page } from '@playwright/test';

type Day = { day: string; month: string; year: string };

/** `/contracts`: the trust's contract register. */
export class ContractRegisterPage {
  readonly heading: Locator;
  readonly recordContract: Locator;
  readonly views: Locator;
  readonly searchBox: Locator;
  readonly results: Locator;
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Contracts' });
    // A link styled as a button: found by its role, as people's tools announce it.
    this.recordContract = page.getByRole('button', { name: 'Record a contract' });
    this.views = page.getByRole('navigation', { name: 'Views of the register' });
    this.searchBox = page.getByRole('searchbox', { name: 'Search by reference, title or supplier' });
    this.results = page.getByRole('main').getByRole('table');
    this.count = page.getByRole('main').getByRole('status');
  }

  async goto(search = ''): Promise<void> {
    await this.page.goto(`/contracts${search}`);
    await this.heading.waitFor();
  }

  async search(text: string): Promise<void> {
    await this.searchBox.fill(text);
    await this.searchBox.press('Enter');
  }

  /** The row of a contract listed, by its reference. */
  row(reference: string): Locator {
    return this.results.getByRole('row').filter({ has: this.page.getByRole('link', { name: reference }) });
  }
}

/** `/contracts/new` and `/contracts/:id/edit`: a contract and its lines, in one form. */
export class ContractFormPage {
  readonly errorSummary: Locator;
  readonly save: Locator;
  readonly saveAsDraft: Locator;

  constructor(readonly page: Page) {
    this.errorSummary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    this.save = page.getByRole('button', { name: /^Save( changes| draft)?$/ });
    this.saveAsDraft = page.getByRole('button', { name: 'Save as draft' });
  }

  async fillDate(scope: Page | Locator, legend: string, date: Day): Promise<void> {
    const group = scope.getByRole('group', { name: legend, exact: true });
    await group.getByLabel('Day').fill(date.day);
    await group.getByLabel('Month').fill(date.month);
    await group.getByLabel('Year').fill(date.year);
  }

  /** Finds the supplier with the supplier search and chooses it. */
  async chooseSupplier(search: string, name: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Supplier' }).fill(search);
    await this.page.getByRole('button', { name: 'Search', exact: true }).click();
    await this.page.getByRole('button', { name: `Choose ${name}` }).click();
  }

  /** Off-framework, awarded by the route given (its label starts the option's). */
  async offFramework(route: string): Promise<void> {
    await this.page.getByRole('radio', { name: /^Off-framework/ }).check();
    await this.page.getByRole('combobox', { name: 'How it was awarded' }).selectOption({ label: route });
  }

  async fillDetails(details: { reference: string; title: string; start: Day; end: Day }): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Reference', exact: true }).fill(details.reference);
    await this.page.getByRole('textbox', { name: 'Title', exact: true }).fill(details.title);
    await this.fillDate(this.page, 'Start date', details.start);
    await this.fillDate(this.page, 'End date', details.end);
  }

  /** Adds a line and returns its part of the form ("Line 2"). */
  async addLine(): Promise<Locator> {
    const count = await this.page.getByRole('group', { name: /^Line \d+$/ }).count();
    await this.page.getByRole('button', { name: /^Add (a|another) line$/ }).click();
    const line = this.line(count + 1);
    await line.waitFor();
    return line;
  }

  line(position: number): Locator {
    return this.page.getByRole('group', { name: `Line ${position}`, exact: true });
  }

  /** A version of one of the supplier's products: the first one offered, unless named. */
  async buyProduct(line: Locator, version?: string): Promise<string> {
    await line.getByRole('radio', { name: /^A product from/ }).check();
    const select = line.getByRole('combobox', { name: 'Product version' });
    await (version ? select.selectOption({ label: version }) : select.selectOption({ index: 1 }));
    return (await select.locator('option:checked').textContent())?.trim() ?? '';
  }

  async buyService(line: Locator, description: string, kind: string): Promise<void> {
    await line.getByRole('radio', { name: /^A service/ }).check();
    await line.getByRole('textbox', { name: 'What was bought' }).fill(description);
    await line.getByRole('combobox', { name: 'Kind of product or service' }).selectOption({ label: kind });
  }

  /** The unit and how often it is charged, by their labels ("Per user", "Every month"). */
  async charge(line: Locator, unit: string, period: string): Promise<void> {
    await line.getByRole('combobox', { name: 'What one unit is' }).selectOption({ label: unit });
    await line.getByRole('combobox', { name: 'How often it is charged' }).selectOption({ label: period });
  }

  quantity(line: Locator): Locator {
    return line.getByRole('textbox', { name: /^(Number of|Quantity)/ });
  }

  unitPrice(line: Locator): Locator {
    return line.getByRole('textbox', { name: 'Unit price', exact: true });
  }

  /** What the line comes to a year, worked out as it is typed. */
  preview(line: Locator): Locator {
    return line.locator('[aria-live="polite"]').filter({ hasText: 'What it comes to' });
  }
}

/** `/contracts/:id`: one contract, its lines and its history. */
export class ContractPage {
  readonly summary: Locator;
  readonly recurring: Locator;
  readonly oneOff: Locator;
  readonly endEarly: Locator;

  constructor(readonly page: Page) {
    this.summary = page.locator('dl.nhsuk-summary-list').first();
    this.recurring = page.getByRole('table', { name: /^Recurring charges/ });
    this.oneOff = page.getByRole('table', { name: /^One-off charges/ });
    this.endEarly = page.getByRole('button', { name: 'End early' });
  }

  heading(title: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: title });
  }

  /** A fact of the summary list, by its key: its value. */
  fact(key: string): Locator {
    return this.summary
      .locator('.nhsuk-summary-list__row')
      .filter({ has: this.page.locator('dt', { hasText: new RegExp(`^${key}$`) }) })
      .locator('dd');
  }

  /** A line of one of the tables, by what was bought. */
  lineIn(table: Locator, what: string | RegExp): Locator {
    return table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: what }) });
  }
}

/** `/contracts/:id/end-early`: the last day and why. */
export class EndContractEarlyPage {
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.submit = page.getByRole('button', { name: 'End the contract early' });
  }

  async endOn(date: Day, reason: string): Promise<void> {
    const group = this.page.getByRole('group', { name: /last day\?$/ });
    await group.getByLabel('Day').fill(date.day);
    await group.getByLabel('Month').fill(date.month);
    await group.getByLabel('Year').fill(date.year);
    await this.page.getByRole('textbox', { name: 'Why did it end early?' }).fill(reason);
    await this.submit.click();
  }
}
