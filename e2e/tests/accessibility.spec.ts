import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
  createUser,
  DEMO,
  DEMO_PASSWORD,
  productToCompare,
  publishFramework,
  recordContract,
} from '../api.js';
import { expect, test } from '../fixtures.js';
import { AccountArea } from '../pages/account-area.js';
import { AuditTrailPage } from '../pages/audit-trail-page.js';
import {
  catalogueSupplier,
  ContractImportPage,
  registerCsv,
  uploadOverApi,
  type CatalogueSupplier,
} from '../pages/contract-import.js';
import { ComparePage } from '../pages/compare-page.js';
import { ContractFormPage, ContractPage, ContractRegisterPage } from '../pages/contracts.js';
import { DirectoryPage } from '../pages/directory-page.js';
import { FrameworkCataloguePage } from '../pages/framework-catalogue-page.js';
import { FrameworkEditorPage } from '../pages/framework-editor-page.js';
import { FrameworkPage } from '../pages/framework-page.js';
import { CentralHomePage, TrustHomePage } from '../pages/home-page.js';
import { NewUserPage } from '../pages/new-user-page.js';
import { OcdsImportPage, ocdsSample } from '../pages/ocds-import.js';
import { SignInPage } from '../pages/sign-in-page.js';
import { DeclarationFormPage, DeclarationPage } from '../pages/compliance.js';
import { UserPage } from '../pages/user-page.js';
import { UsersPage } from '../pages/users-page.js';

// WCAG 2.2 AA, the NHS standard, as far as automated checks reach; keyboard and screen reader
// behaviour is covered by the journeys in organisations.spec.ts.
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

const pages: { name: string; path: string; ready: (page: Page) => Promise<unknown> }[] = [
  { name: 'home', path: '/', ready: (page) => page.getByRole('heading', { name: 'Concord' }).waitFor() },
  {
    name: 'directory',
    path: '/organisations',
    ready: (page) => new DirectoryPage(page).nameLinks.first().waitFor(),
  },
  {
    name: 'directory with no matches',
    path: '/organisations?q=zzzz+nothing',
    ready: (page) => new DirectoryPage(page).noMatches.waitFor(),
  },
  {
    name: 'directory with an error',
    path: '/organisations?first=500',
    ready: (page) => new DirectoryPage(page).errorSummary.waitFor(),
  },
  {
    name: 'organisation',
    path: '/organisations/RAL',
    ready: (page) => page.getByRole('heading', { name: 'Royal Free London NHS Foundation Trust' }).waitFor(),
  },
  {
    name: 'organisation not found',
    path: '/organisations/ZZZ99',
    ready: (page) => page.getByRole('heading', { name: 'Organisation not found' }).waitFor(),
  },
  {
    name: 'about',
    path: '/about',
    ready: (page) => page.getByRole('heading', { name: 'About Concord' }).waitFor(),
  },
  {
    name: 'sign in',
    path: '/sign-in',
    ready: (page) => new SignInPage(page).heading.waitFor(),
  },
  {
    name: 'not found',
    path: '/no-such-page',
    ready: (page) => page.getByRole('heading', { name: 'Page not found' }).waitFor(),
  },
];

for (const { name, path, ready } of pages) {
  test(`the ${name} page passes automated WCAG 2.2 AA checks`, async ({ page }) => {
    await page.goto(path);
    await ready(page);
    expect(await violations(page)).toEqual([]);
  });
}

test('the directory passes with its filters open, on a phone-sized screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const directory = new DirectoryPage(page);
  await directory.goto();
  await directory.nameLinks.first().waitFor();
  await directory.showFilters();
  expect(await violations(page)).toEqual([]);
});

test('the sign-in page passes with its error summary and messages showing', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.submit.click();
  await signIn.errorSummary.waitFor();
  expect(await violations(page)).toEqual([]);
});

test('the header passes for a signed-in user with the membership switcher, at both sizes', async ({
  page,
  baseURL,
}) => {
  const person = await createUser(baseURL ?? '', {
    name: 'Alex Accessible',
    memberships: [
      { organisationOdsCode: 'RAL', role: 'TRUST_PROCUREMENT' },
      { organisationOdsCode: 'RRK', role: 'TRUST_COMPLIANCE' },
    ],
  });
  const signIn = new SignInPage(page);
  await signIn.goto('/organisations');
  await signIn.signIn(person.email, person.password);
  await new AccountArea(page).switchTo.waitFor();
  // With the success notice showing, too.
  await page.getByRole('alert').waitFor();
  expect(await violations(page)).toEqual([]);

  await page.setViewportSize({ width: 375, height: 800 });
  expect(await violations(page)).toEqual([]);
});

// The admin pages, as the administrator sees them (and the refusals, as others do).
const adminPages: { name: string; path: string; ready: (page: Page) => Promise<unknown> }[] = [
  { name: 'users', path: '/admin/users', ready: (page) => new UsersPage(page).results.waitFor() },
  {
    name: 'new user, with its errors',
    path: '/admin/users/new',
    ready: async (page) => {
      const form = new NewUserPage(page);
      await form.role.selectOption({ label: 'Trust procurement' });
      await form.submit.click();
      await form.errorSummary.waitFor();
    },
  },
  {
    name: 'audit trail, with changes open',
    path: '/admin/audit',
    ready: async (page) => {
      const audit = new AuditTrailPage(page);
      await audit.results.waitFor();
      const changes = audit.results.locator('summary').first();
      if ((await changes.count()) > 0) await changes.click();
    },
  },
];

for (const { name, path, ready } of adminPages) {
  test(`the ${name} page passes automated WCAG 2.2 AA checks`, async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto(path);
    await signIn.signIn(DEMO.admin, DEMO_PASSWORD);
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await ready(page);
    expect(await violations(page)).toEqual([]);
  });
}

test('the user page passes with a membership removal being confirmed, at both sizes', async ({
  page,
  baseURL,
}) => {
  const person = await createUser(baseURL ?? '', {
    name: 'Ari Accessible',
    memberships: [{ organisationOdsCode: 'RAL', role: 'TRUST_PROCUREMENT' }],
  });
  const signIn = new SignInPage(page);
  await signIn.goto(`/admin/users?q=${encodeURIComponent(person.email)}`);
  await signIn.signIn(DEMO.admin, DEMO_PASSWORD);
  await new UsersPage(page).results.getByRole('link', { name: person.name }).click();
  const user = new UserPage(page);
  await expect(user.heading).toHaveText(person.name);
  await user.memberships.getByRole('button', { name: /^Remove/ }).click();
  await user.add.click();
  await page.getByRole('alert').filter({ hasText: 'Select a role' }).waitFor();
  expect(await violations(page)).toEqual([]);

  await page.setViewportSize({ width: 375, height: 800 });
  expect(await violations(page)).toEqual([]);
});

test('the refusal pages pass automated WCAG 2.2 AA checks', async ({ page }) => {
  await page.goto('/admin/users');
  await page.getByRole('heading', { name: 'Sign in to continue' }).waitFor();
  expect(await violations(page)).toEqual([]);

  const signIn = new SignInPage(page);
  await signIn.goto('/admin/audit');
  await signIn.signIn(DEMO.procurement, DEMO_PASSWORD);
  await page.getByRole('heading', { name: 'You do not have access' }).waitFor();
  expect(await violations(page)).toEqual([]);
});

// The catalogue, as anyone sees it: lists, pages, a framework with a supplier and a calculator open.
const firstLinkIn = async (page: Page, heading: string) => {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.getByRole('table').first().getByRole('link').first().click();
  await page.getByRole('heading', { level: 1 }).filter({ hasNotText: heading }).waitFor();
};

const cataloguePages: { name: string; path: string; ready: (page: Page) => Promise<unknown> }[] = [
  {
    name: 'framework catalogue',
    path: '/frameworks',
    ready: (page) => new FrameworkCataloguePage(page).results.waitFor(),
  },
  {
    name: 'framework, with a supplier’s prices and a calculator open',
    path: '/frameworks/CDX-2026-001',
    ready: async (page) => {
      const framework = new FrameworkPage(page);
      await framework.heading('Clinical Digital Systems 2').waitFor();
      const lot = framework.lot(1, 'Electronic patient records');
      await lot.locator('details summary').first().click();
      await lot
        .getByRole('button', { name: /^Price this: / })
        .first()
        .click();
    },
  },
  {
    name: 'framework not found',
    path: '/frameworks/NO-SUCH-FRAMEWORK',
    ready: (page) => page.getByRole('heading', { name: 'Framework not found' }).waitFor(),
  },
  { name: 'suppliers', path: '/suppliers', ready: (page) => page.getByRole('table').first().waitFor() },
  { name: 'supplier', path: '/suppliers', ready: (page) => firstLinkIn(page, 'Suppliers') },
  { name: 'products', path: '/products', ready: (page) => page.getByRole('table').first().waitFor() },
  {
    name: 'product, with where it can be bought',
    path: '/products',
    ready: (page) => firstLinkIn(page, 'Products'),
  },
  { name: 'standards', path: '/standards', ready: (page) => page.getByRole('table').first().waitFor() },
  {
    name: 'standard with levels',
    path: '/standards/DSPT',
    ready: (page) =>
      page.getByRole('heading', { level: 1, name: /Data Security and Protection Toolkit/ }).waitFor(),
  },
];

for (const { name, path, ready } of cataloguePages) {
  test(`the ${name} page passes automated WCAG 2.2 AA checks`, async ({ page }) => {
    await page.goto(path);
    await ready(page);
    expect(await violations(page)).toEqual([]);
  });
}

// The central commercial user's forms, each with its errors showing.
const showErrors = async (page: Page, heading: RegExp | string) => {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.getByRole('main').locator('button[type="submit"]').first().click();
  await page.getByRole('alert').first().waitFor();
};

const centralPages: { name: string; path: string; ready: (page: Page) => Promise<unknown> }[] = [
  {
    name: 'new framework, with its errors',
    path: '/frameworks/new',
    ready: (page) => showErrors(page, 'Create a framework'),
  },
  {
    name: 'amend framework',
    path: '/frameworks/CDX-2026-001/amend',
    ready: (page) => page.getByRole('heading', { level: 1, name: /^Amend / }).waitFor(),
  },
  {
    name: 'withdraw framework, with its errors',
    path: '/frameworks/CDX-2026-004/withdraw',
    ready: (page) => showErrors(page, /^Withdraw /),
  },
  {
    name: 'new supplier, with its errors',
    path: '/suppliers/new',
    ready: (page) => showErrors(page, 'Add a supplier'),
  },
  {
    name: 'new standard, with its errors',
    path: '/standards/new',
    ready: (page) => showErrors(page, 'Add a standard'),
  },
];

for (const { name, path, ready } of centralPages) {
  test(`the ${name} page passes automated WCAG 2.2 AA checks`, async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto(path);
    await signIn.signIn(DEMO.commercial, DEMO_PASSWORD);
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await ready(page);
    expect(await violations(page)).toEqual([]);
  });
}

test('the framework editor passes with a lot, a supplier and a price with bands being edited, at both sizes', async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  await signIn.goto('/frameworks/new');
  await signIn.signIn(DEMO.commercial, DEMO_PASSWORD);
  const editor = new FrameworkEditorPage(page);
  await editor.createDraft({
    reference: `A11Y-${Date.now().toString(36).toUpperCase()}`,
    title: 'Accessible editing',
    start: { day: '1', month: '1', year: '2026' },
    end: { day: '31', month: '12', year: '2029' },
  });
  const lot = await editor.addLot('Patient flow', 'PATIENT_FLOW');
  await editor.approveSupplier(lot, 'brightwater', 'Brightwater Clinical Informatics UK Ltd');
  await lot.getByRole('button', { name: /^Add a price for/ }).click();
  await lot.getByRole('button', { name: 'Add volume bands' }).click();
  expect(await violations(page)).toEqual([]);

  await page.setViewportSize({ width: 375, height: 800 });
  expect(await violations(page)).toEqual([]);
});

// The contract register, as a trust's procurement lead sees it: a call-off priced above its
// framework ceiling, with recurring and one-off lines, flags and history.
test('the contract pages pass automated WCAG 2.2 AA checks, at both sizes', async ({ page, baseURL }) => {
  // Data set up over GraphQL, then four runs of axe over long pages.
  test.slow();
  const framework = await publishFramework(baseURL ?? '', 'Accessible call-offs');
  const contract = await recordContract(baseURL ?? '', { framework: framework.reference });
  const signIn = new SignInPage(page);
  await signIn.goto(`/contracts?q=${contract.reference}`);
  await signIn.signIn(DEMO.procurement, DEMO_PASSWORD);

  const register = new ContractRegisterPage(page);
  await register.row(contract.reference).waitFor();
  await page.getByText('Filter and sort').click();
  expect(await violations(page)).toEqual([]);

  await register.row(contract.reference).getByRole('link', { name: contract.reference }).click();
  const shown = new ContractPage(page);
  await shown.heading(contract.title).waitFor();
  await shown.oneOff.waitFor();
  await expect(page.getByText('Above ceiling').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await violations(page)).toEqual([]);
});

// The Compare page as a trust's procurement lead sees it: the saving, their position, the chart and
// the table of prices, for a product the trust pays more than the median for.
test('the Compare page passes automated WCAG 2.2 AA checks, at both sizes', async ({ page, baseURL }) => {
  test.slow();
  const { productId, pricingUnit } = await productToCompare(baseURL ?? '');
  const signIn = new SignInPage(page);
  await signIn.goto(ComparePage.path(productId, pricingUnit));
  await signIn.signIn(DEMO.procurement, DEMO_PASSWORD);
  const compare = new ComparePage(page);
  await compare.chart.waitFor();
  await compare.prices.waitFor();
  expect(await violations(page)).toEqual([]);
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await violations(page)).toEqual([]);
});

// The home pages of a trust's procurement lead and of a central user: tables of savings, the
// contracts ending with their neighbours (one opened), the bar charts and uptake tables.
test('the home pages pass automated WCAG 2.2 AA checks, at both sizes', async ({ page }) => {
  test.slow();
  const signIn = new SignInPage(page);
  await signIn.goto('/');
  await signIn.signIn(DEMO.procurement, DEMO_PASSWORD);
  const trust = new TrustHomePage(page);
  await trust.topSavings.waitFor();
  await trust.ending.locator('details summary').first().click();
  await page.getByText(/above the ceiling: paying the ceiling would save/).waitFor();
  expect(await violations(page)).toEqual([]);
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await violations(page)).toEqual([]);

  await page.setViewportSize({ width: 1280, height: 800 });
  await new AccountArea(page).signOut.click();
  await signIn.goto('/');
  await signIn.signIn(DEMO.commercial, DEMO_PASSWORD);
  const central = new CentralHomePage(page);
  await central.regionChart.waitFor();
  await central.uptakeByRegion.waitFor();
  expect(await violations(page)).toEqual([]);
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await violations(page)).toEqual([]);
});

const contractForms: { name: string; path: string; ready: (page: Page) => Promise<unknown> }[] = [
  {
    name: 'register, ending in the next 12 months',
    path: '/contracts',
    ready: (page) => new ContractRegisterPage(page).views.getByRole('link', { name: /^Ending/ }).click(),
  },
  {
    name: 'new contract, with its errors and a line being priced',
    path: '/contracts/new',
    ready: async (page) => {
      await page.getByRole('heading', { level: 1, name: 'Record a contract' }).waitFor();
      const form = new ContractFormPage(page);
      const line = await form.addLine();
      await line.getByRole('radio', { name: /^A service/ }).check();
      await form.charge(line, 'Per day (a day rate for a role and grade)', 'Once (one-off charge)');
      await line.getByRole('checkbox', { name: /^Keep it out of comparisons/ }).check();
      await form.save.click();
      await form.errorSummary.waitFor();
    },
  },
  {
    name: 'contract not found',
    path: '/contracts/00000000-0000-4000-8000-000000000000',
    ready: (page) => page.getByRole('heading', { name: 'Contract not found' }).waitFor(),
  },
];

for (const { name, path, ready } of contractForms) {
  test(`the ${name} page passes automated WCAG 2.2 AA checks`, async ({ page }) => {
    // The contract form is a long page for axe.
    test.slow();
    const signIn = new SignInPage(page);
    await signIn.goto(path);
    await signIn.signIn(DEMO.procurement, DEMO_PASSWORD);
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await ready(page);
    expect(await violations(page)).toEqual([]);
  });
}

test('the contract’s edit and end-early forms pass automated WCAG 2.2 AA checks, with their errors', async ({
  page,
  baseURL,
}) => {
  test.slow();
  const contract = await recordContract(baseURL ?? '');
  const signIn = new SignInPage(page);
  await signIn.goto(`/contracts/${contract.id}/edit`);
  await signIn.signIn(DEMO.procurement, DEMO_PASSWORD);
  await page.getByRole('heading', { level: 1, name: `Edit ${contract.reference}` }).waitFor();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('');
  await new ContractFormPage(page).save.click();
  await page.getByRole('alert').first().waitFor();
  expect(await violations(page)).toEqual([]);

  await page.goto(`/contracts/${contract.id}/end-early`);
  await page.getByRole('button', { name: 'End the contract early' }).click();
  await page.getByRole('alert').first().waitFor();
  expect(await violations(page)).toEqual([]);
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await violations(page)).toEqual([]);
});

// The contract register import wizard at each step, as a trust's procurement lead sees it; each step
// but the first starts from a file uploaded over HTTP with the lead's session.
const registerFile = (supplier: CatalogueSupplier, overrides: { supplier?: string; unitPrice?: string }) =>
  registerCsv([
    {
      reference: `A11Y-IMP-${Date.now().toString(36).toUpperCase()}-${Math.random().toString(36).slice(2, 6)}`,
      title: 'Accessible import',
      supplier: overrides.supplier ?? supplier.name,
      line: 'L1',
      product: supplier.product,
      pricingUnit: 'PER_USER',
      billingPeriod: 'ANNUAL',
      quantity: '10',
      unitPrice: overrides.unitPrice ?? '9.50',
    },
  ]);

const importSteps: {
  name: string;
  file: ((supplier: CatalogueSupplier) => string) | null;
  ready: (wizard: ContractImportPage) => Promise<unknown>;
}[] = [
  {
    name: 'upload, with its error summary and the guide open',
    file: null,
    ready: async (wizard) => {
      await wizard.page.locator('#guide summary').first().click();
      await wizard.upload.click();
      await wizard.errorSummary.waitFor();
    },
  },
  {
    name: 'problems',
    file: (supplier) => registerFile(supplier, { unitPrice: '9.12345' }),
    ready: (wizard) => wizard.problems.waitFor(),
  },
  {
    name: 'review, with "none of these" chosen',
    file: (supplier) =>
      registerFile(supplier, { supplier: supplier.name.replace('Brightwater', 'Brightwatr') }),
    ready: async (wizard) => {
      await wizard.step(3, 'Choose the suppliers and products you meant').waitFor();
      await wizard.page.getByRole('radio', { name: 'None of these: I will correct my file' }).check();
    },
  },
  {
    name: 'summary before importing',
    file: (supplier) => registerFile(supplier, {}),
    ready: (wizard) => wizard.importContracts.waitFor(),
  },
  {
    name: 'confirmation',
    file: (supplier) => registerFile(supplier, {}),
    ready: async (wizard) => {
      await wizard.importContracts.click();
      await wizard.confirmation.waitFor();
    },
  },
];

for (const { name, file, ready } of importSteps) {
  test(`the contract import ${name} step passes automated WCAG 2.2 AA checks, at both sizes`, async ({
    page,
    baseURL,
  }) => {
    // An upload, maybe an import, then two runs of axe.
    test.slow();
    const signIn = new SignInPage(page);
    await signIn.goto('/contracts/import');
    await signIn.signIn(DEMO.procurement, DEMO_PASSWORD);
    const wizard = new ContractImportPage(page);
    await wizard.step(1, 'Upload your contract register').waitFor();
    if (file) {
      const supplier = await catalogueSupplier(baseURL ?? '', 'Brightwater');
      await wizard.goto(await uploadOverApi(page, 'accessible.csv', file(supplier)));
    }
    await ready(wizard);
    expect(await violations(page)).toEqual([]);

    await page.setViewportSize({ width: 375, height: 800 });
    expect(await violations(page)).toEqual([]);
  });
}

// The OCDS import at each stage: the form with its errors (as a central user, who also sees the
// trust's field), the supplier review, and the drafts made (by a lead at a trust of its own, so no
// other test's draft of the same sample meets it).
const ocdsStages: {
  name: string;
  ready: (ocds: OcdsImportPage, supplier: CatalogueSupplier) => Promise<unknown>;
}[] = [
  {
    name: 'form, with its error summary',
    ready: async (ocds) => {
      await ocds.importButton.click();
      await ocds.errorSummary.waitFor();
    },
  },
  {
    name: 'supplier review',
    ready: async (ocds) => {
      await ocds.importFile(ocdsSample('ocds-213czf-000-00001-05-contract.json'));
      await ocds.supplierList('AnyCorp Cycle Provision').waitFor();
    },
  },
  {
    name: 'drafts imported',
    ready: async (ocds, supplier) => {
      await ocds.importFile(ocdsSample('ocds-213czf-000-00001-05-contract.json'));
      await ocds.supplierList('AnyCorp Cycle Provision').selectOption({
        label: `${supplier.name} (Companies House number ${supplier.companiesHouseNumber})`,
      });
      await ocds.importWithSuppliers.click();
      await ocds.confirmation.waitFor();
    },
  },
];

for (const { name, ready } of ocdsStages) {
  test(`the OCDS import ${name} passes automated WCAG 2.2 AA checks, at both sizes`, async ({
    page,
    baseURL,
  }) => {
    test.slow();
    const central = name.startsWith('form');
    const person = central
      ? { email: DEMO.commercial, password: DEMO_PASSWORD }
      : await createUser(baseURL ?? '', {
          name: 'Olive Opendata',
          memberships: [{ organisationOdsCode: 'RRK', role: 'TRUST_PROCUREMENT' }],
        });
    const signIn = new SignInPage(page);
    await signIn.goto('/contracts/import/ocds');
    await signIn.signIn(person.email, person.password);
    const ocds = new OcdsImportPage(page);
    await ocds.heading.waitFor();
    if (central) await ocds.buyer.waitFor();
    await ready(ocds, await catalogueSupplier(baseURL ?? '', 'Brightwater'));
    expect(await violations(page)).toEqual([]);

    await page.setViewportSize({ width: 375, height: 800 });
    expect(await violations(page)).toEqual([]);
  });
}

// The compliance pages: public ones, then as the Royal Free's compliance lead (the declaration
// form with its errors, the estate, what needs attention), then as a central user (the queue, a
// declaration with its verification form), each at desktop and phone widths.
test('the compliance pages pass automated WCAG 2.2 AA checks, at both sizes', async ({ page }) => {
  test.slow();
  const check = async (path: string, ready: () => Promise<unknown>) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(path);
    await ready();
    expect(await violations(page), path).toEqual([]);
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await violations(page), `${path} on a phone`).toEqual([]);
  };
  const table = () => page.getByRole('table').first().waitFor();
  await check('/compliance?region=Y56', table);
  await check('/compliance/products?category=epr', table);
  await check('/organisations/RAL/compliance', table);

  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(DEMO.compliance, DEMO_PASSWORD);
  await new AccountArea(page).signOut.waitFor();
  const form = new DeclarationFormPage(page);
  // No standard chosen: the form explains.
  await check('/declarations/new?kind=organisation&subject=RAL', async () => {
    await form.submit.click();
    await form.errorSummary.waitFor();
  });
  await check('/organisations/RAL/estate', table);
  await check('/compliance/attention', table);

  await page.setViewportSize({ width: 1280, height: 800 });
  await new AccountArea(page).signOut.click();
  await signIn.goto();
  await signIn.signIn(DEMO.commercial, DEMO_PASSWORD);
  await new AccountArea(page).signOut.waitFor();
  await check('/compliance/verify', table);
  await page
    .getByRole('link', { name: /^Check / })
    .first()
    .click();
  await new DeclarationPage(page).verify.waitFor();
  expect(await violations(page)).toEqual([]);
});
