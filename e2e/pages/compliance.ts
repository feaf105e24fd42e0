import type { Locator, Page } from '@playwright/test';

/** `/organisations/:odsCode/compliance`: a trust's declarations, and the standards it has not declared. */
export class OrganisationCompliancePage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Compliance with standards' });
  }

  static path(odsCode: string): string {
    return `/organisations/${encodeURIComponent(odsCode)}/compliance`;
  }

  /** The link to declare a standard the trust has not declared yet. */
  declare(standardCode: string): Locator {
    return this.page.getByRole('link', { name: `Declare ${standardCode}` });
  }
}

/** `/declarations/new` and `/declarations/:id/supersede`: what is declared, the evidence, the plan. */
export class DeclarationFormPage {
  readonly heading: Locator;
  readonly errorSummary: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Declare compliance with a standard' });
    this.errorSummary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    this.submit = page.getByRole('main').getByRole('button', { name: 'Declare', exact: true });
  }

  status(label: string): Locator {
    return this.page.getByRole('radio', { name: label, exact: true });
  }

  link(n: number): Locator {
    return this.page.getByRole('textbox', { name: `Link ${n}`, exact: true });
  }

  /** The message shown beside the nth link. */
  linkError(n: number): Locator {
    return this.page
      .locator(`.nhsuk-form-group--error`)
      .filter({ has: this.link(n) })
      .locator('.nhsuk-error-message');
  }

  statement(): Locator {
    return this.page.getByRole('textbox', { name: /What the evidence shows/ });
  }
}

/** `/declarations/:id`: one declaration, its verification and history. */
export class DeclarationPage {
  readonly comment: Locator;
  readonly verify: Locator;
  readonly reject: Locator;

  constructor(readonly page: Page) {
    this.comment = page.getByRole('textbox', { name: 'Comment' });
    this.verify = page.getByRole('main').getByRole('button', { name: 'Verify', exact: true });
    this.reject = page.getByRole('main').getByRole('button', { name: 'Reject', exact: true });
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }

  /** The tag saying where verification stands ("Not yet verified", "Verified", "Rejected"). */
  verification(text: string): Locator {
    return this.page
      .getByRole('main')
      .locator('.nhsuk-tag')
      .filter({ hasText: new RegExp(`^${text}$`) })
      .first();
  }
}

/** `/compliance/verify`: current declarations waiting for a central team. */
export class VerifyQueuePage {
  constructor(readonly page: Page) {}

  static path(standardCode: string, kind: 'trust' | 'product'): string {
    return `/compliance/verify?standard=${encodeURIComponent(standardCode)}&kind=${kind}`;
  }

  check(standardCode: string, subject: string): Locator {
    return this.page.getByRole('link', { name: `Check ${standardCode} for ${subject}` });
  }
}

/** `/compliance`: the trusts × standards heatmap and coverage. */
export class ComplianceMatrixPage {
  readonly heading: Locator;
  readonly heatmap: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Compliance with standards' });
    this.heatmap = page.getByRole('table').first();
  }

  static path(regionCode: string): string {
    return `/compliance?region=${encodeURIComponent(regionCode)}`;
  }

  /** The trust's cell that links to the declaration. */
  cell(trust: string, declarationId: string): Locator {
    return this.heatmap
      .getByRole('row', { name: new RegExp(trust) })
      .getByRole('cell')
      .filter({ has: this.page.locator(`a[href="/declarations/${declarationId}"]`) });
  }
}
