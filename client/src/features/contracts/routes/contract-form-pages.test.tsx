import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ContractFormSupplierDocument,
  CreateContractDocument,
  EditContractPageDocument,
  FrameworkEditorSupplierSearchDocument,
  UpdateContractDocument,
  type CreateContractInput,
  type CreateContractMutation,
  type UpdateContractInput,
  type UpdateContractMutation,
} from '../../../gql/graphql';
import { FakeSession, renderFrame } from '../../../test/render-frame';
import { contractsRoutes } from '../routes';
import { brightwater, brightwaterForForm, contractFixture, editPageData, priya } from '../test-fixtures';

beforeAll(() => {
  window.scrollTo = () => undefined;
});

let created: CreateContractInput[] = [];
let updated: UpdateContractInput[] = [];
afterEach(() => {
  cleanup();
  created = [];
  updated = [];
});

type UserErrors = CreateContractMutation['createContract']['userErrors'];

const userError = (
  field: string[],
  message: string,
  code: UserErrors[number]['code'] = 'INVALID',
): UserErrors[number] => ({
  __typename: 'UserError',
  code,
  field,
  message,
});

function renderForm(url: string, refuse: UserErrors = []) {
  const saved = contractFixture();
  return renderFrame({
    url,
    routes: [
      ...contractsRoutes.filter(
        (route) => route.path === 'contracts/new' || route.path === 'contracts/:id/edit',
      ),
      { path: '/contracts/:id', element: <h1>Contract page</h1> },
    ],
    mocks: [
      new FakeSession(priya).viewerMock(),
      {
        request: { query: FrameworkEditorSupplierSearchDocument, variables: { search: 'brightwater' } },
        result: {
          data: {
            suppliers: {
              __typename: 'SupplierConnection',
              totalCount: 1,
              edges: [
                {
                  __typename: 'SupplierEdge',
                  node: { ...brightwater, companiesHouseNumber: '01234567', sme: false },
                },
              ],
            },
          },
        },
      },
      {
        request: { query: ContractFormSupplierDocument, variables: { id: brightwater.id } },
        result: { data: brightwaterForForm },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        request: { query: EditContractPageDocument, variables: { id: 'contract-1' } },
        result: { data: editPageData() },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        request: {
          query: CreateContractDocument,
          variables: (variables: { input: CreateContractInput }) => {
            created.push(variables.input);
            return true;
          },
        },
        maxUsageCount: Number.POSITIVE_INFINITY,
        result: (): { data: CreateContractMutation } => ({
          data: {
            createContract: {
              __typename: 'CreateContractPayload',
              contract: refuse.length === 0 ? saved : null,
              userErrors: refuse,
            },
          },
        }),
      },
      {
        request: {
          query: UpdateContractDocument,
          variables: (variables: { input: UpdateContractInput }) => {
            updated.push(variables.input);
            return true;
          },
        },
        maxUsageCount: Number.POSITIVE_INFINITY,
        result: (): { data: UpdateContractMutation } => ({
          data: {
            updateContract: {
              __typename: 'UpdateContractPayload',
              contract: refuse.length === 0 ? contractFixture({ award: null, route: 'DIRECT_AWARD' }) : null,
              userErrors: refuse,
            },
          },
        }),
      },
    ],
  });
}

async function fillDate(person: UserEvent, legend: string, [day, month, year]: [string, string, string]) {
  const group = screen.getByRole('group', { name: legend });
  await person.type(within(group).getByLabelText('Day'), day);
  await person.type(within(group).getByLabelText('Month'), month);
  await person.type(within(group).getByLabelText('Year'), year);
}

/** A call-off from Brightwater's lot 1: 300 beds of Sentinel at £2,100 a year. */
async function fillCallOff(person: UserEvent, unitPrice = '2100') {
  await screen.findByRole('heading', { level: 1, name: 'Record a contract' });
  await person.type(screen.getByRole('searchbox', { name: 'Supplier' }), 'brightwater');
  await person.click(screen.getByRole('button', { name: 'Search' }));
  await person.click(await screen.findByRole('button', { name: `Choose ${brightwater.name}` }));
  await person.click(screen.getByRole('radio', { name: /^Called off from a framework/ }));
  const lot = screen.getByRole('combobox', { name: 'Framework lot' });
  await waitFor(() => expect(within(lot).getAllByRole('option')).toHaveLength(2));
  await person.selectOptions(lot, 'lot-1');
  await person.type(screen.getByRole('textbox', { name: /^Reference/ }), 'RAL-2026-001');
  await person.type(screen.getByRole('textbox', { name: /^Title/ }), 'Sentinel EPR');
  await fillDate(person, 'Start date', ['1', '4', '2026']);
  await fillDate(person, 'End date', ['31', '3', '2029']);

  await person.click(screen.getByRole('button', { name: 'Add a line' }));
  const line = screen.getByRole('group', { name: 'Line 1' });
  await person.click(within(line).getByRole('radio', { name: /^A product from/ }));
  await person.selectOptions(
    within(line).getByRole('combobox', { name: 'Product version' }),
    'pv-sentinel-85',
  );
  await person.selectOptions(within(line).getByRole('combobox', { name: 'What one unit is' }), 'PER_BED');
  await person.selectOptions(
    within(line).getByRole('combobox', { name: 'How often it is charged' }),
    'ANNUAL',
  );
  await person.type(within(line).getByRole('textbox', { name: /^Number of beds/ }), '300');
  await person.type(within(line).getByRole('textbox', { name: /^Unit price/ }), unitPrice);
  return line;
}

const errorOf = (input: HTMLElement) => {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  const id = ids.find((each) => each.endsWith('-error'));
  return id ? document.getElementById(id)?.textContent : undefined;
};

// Each test types a whole contract: slower than most, so given longer when the machine is busy.
describe('NewContractPage', { timeout: 20_000 }, () => {
  it('works out each line’s price a year as it is typed, with the framework ceiling on the same footing', async () => {
    const person = userEvent.setup({ delay: null });
    renderForm('/contracts/new');
    const line = await fillCallOff(person);
    const preview = within(line).getByRole('heading', { name: 'What it comes to' })
      .parentElement as HTMLElement;
    expect(preview.textContent).toContain('£2,100.00 a bed a year');
    expect(preview.textContent).toContain(
      'The line costs £630,000.00 a year, £1,890,000.00 over the 36-month term.',
    );
    // Cumulative bands at 300 beds: (250 × £2,045 + 50 × £1,920) ÷ 300.
    expect(preview.textContent).toContain(
      'The framework ceiling on the same footing is £2,024.1667 a bed a year.',
    );
    expect(within(preview).getByText('Above ceiling')).toBeTruthy();

    // A monthly price with a discount compares on the same footing.
    await person.selectOptions(
      within(line).getByRole('combobox', { name: 'How often it is charged' }),
      'MONTHLY',
    );
    const price = within(line).getByRole('textbox', { name: /^Unit price/ });
    await person.clear(price);
    await person.type(price, '180');
    await person.type(within(line).getByRole('textbox', { name: /^Discount/ }), '10');
    expect(preview.textContent).toContain('£1,944.00 a bed a year');
    expect(preview.textContent).toContain('£162.00 a bed a month after any discount.');
    expect(preview.textContent).toContain('This price is within it.');
  });

  it('shows a price with too many decimal places beside its field, without asking the server', async () => {
    const person = userEvent.setup({ delay: null });
    renderForm('/contracts/new');
    const line = await fillCallOff(person, '2100.12345');
    const price = within(line).getByRole('textbox', { name: /^Unit price/ });
    await person.click(screen.getByRole('button', { name: 'Save' }));

    expect(errorOf(price)).toBe('Error: The unit price can have at most 4 decimal places');
    const summary = screen.getByRole('alert');
    const link = within(summary).getByRole('link', {
      name: 'Line 1: The unit price can have at most 4 decimal places',
    });
    expect(link.getAttribute('href')).toBe(`#${price.id}`);
    expect(created).toEqual([]);
    expect(document.title).toBe('Error: Record a contract – Concord');
  });

  it('puts the server’s reasons beside the fields they name, and keeps everything typed', async () => {
    const person = userEvent.setup({ delay: null });
    renderForm('/contracts/new', [
      userError(
        ['reference'],
        'Royal Free London NHS Foundation Trust already has a contract with the reference RAL-2026-001.',
        'CONFLICT',
      ),
      userError(
        ['lines', '0', 'productVersionId'],
        'Sentinel Care Record is not offered on lot 1 of CDX-2026-001.',
      ),
    ]);
    const line = await fillCallOff(person);
    await person.click(screen.getByRole('button', { name: 'Save' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Royal Free London NHS Foundation Trust already has a contract with the reference RAL-2026-001.',
      'Line 1: Sentinel Care Record is not offered on lot 1 of CDX-2026-001.',
    ]);
    const reference = screen.getByRole('textbox', { name: /^Reference/ }) as HTMLInputElement;
    expect(errorOf(reference)).toMatch(/already has a contract with the reference RAL-2026-001/);
    const version = within(line).getByRole('combobox', { name: 'Product version' }) as HTMLSelectElement;
    expect(errorOf(version)).toMatch(/is not offered on lot 1/);
    // Nothing typed is lost.
    expect(reference.value).toBe('RAL-2026-001');
    expect(version.value).toBe('pv-sentinel-85');
    expect((within(line).getByRole('textbox', { name: /^Unit price/ }) as HTMLInputElement).value).toBe(
      '2100',
    );
    expect(created[0]).toMatchObject({
      asDraft: false,
      supplierId: brightwater.id,
      lotId: 'lot-1',
      route: null,
      lines: [
        { productVersionId: 'pv-sentinel-85', pricingUnit: 'PER_BED', quantity: '300', unitPrice: '2100' },
      ],
    });

    // Changing the reference takes its message away; the line's stays until the line changes.
    await person.type(reference, 'A');
    expect(errorOf(reference)).toBeUndefined();
    expect(errorOf(version)).toMatch(/is not offered on lot 1/);
  });

  it('saves a draft without lines and opens it', async () => {
    const person = userEvent.setup({ delay: null });
    const { router } = renderForm('/contracts/new');
    await screen.findByRole('heading', { level: 1, name: 'Record a contract' });
    await person.type(screen.getByRole('searchbox', { name: 'Supplier' }), 'brightwater');
    await person.click(screen.getByRole('button', { name: 'Search' }));
    await person.click(await screen.findByRole('button', { name: `Choose ${brightwater.name}` }));
    await person.click(screen.getByRole('radio', { name: /^Off-framework/ }));
    await person.selectOptions(screen.getByRole('combobox', { name: 'How it was awarded' }), 'OPEN');
    await person.type(screen.getByRole('textbox', { name: /^Reference/ }), 'RAL-2026-002');
    await person.type(screen.getByRole('textbox', { name: /^Title/ }), 'Portal');
    await fillDate(person, 'Start date', ['1', '4', '2026']);
    await fillDate(person, 'End date', ['31', '3', '2027']);
    await person.click(screen.getByRole('button', { name: 'Save as draft' }));

    await screen.findByRole('heading', { name: 'Contract page' });
    expect(router.state.location.pathname).toBe('/contracts/contract-1');
    expect(created[0]).toMatchObject({ asDraft: true, route: 'OPEN', lotId: null, lines: [] });
  });
});

describe('EditContractPage', { timeout: 20_000 }, () => {
  it('loads the contract, and saves it whole with its lines’ ids and the version loaded', async () => {
    const person = userEvent.setup({ delay: null });
    renderForm('/contracts/contract-1/edit');
    await screen.findByRole('heading', { level: 1, name: 'Edit RAL-2026-001' });
    expect((screen.getByRole('textbox', { name: /^Title/ }) as HTMLInputElement).value).toBe('Sentinel EPR');
    const second = screen.getByRole('group', { name: 'Line 2' });
    expect((within(second).getByRole('textbox', { name: 'What was bought' }) as HTMLInputElement).value).toBe(
      'Implementation',
    );
    expect(within(second).getByRole('checkbox', { name: /^Keep it out of comparisons/ })).toHaveProperty(
      'checked',
      true,
    );
    await person.click(
      within(screen.getByRole('group', { name: 'Line 1' })).getByRole('button', { name: 'Remove line 1' }),
    );
    await person.click(screen.getByRole('button', { name: 'Save changes' }));

    await screen.findByRole('heading', { name: 'Contract page' });
    expect(updated[0]).toMatchObject({
      id: 'contract-1',
      expectedRowVersion: 2,
      route: 'DIRECT_AWARD',
      lines: [
        { id: 'line-2', lineReference: 'L2', description: 'Implementation', quantity: '2', suppressed: true },
      ],
    });
    expect(updated[0]?.lines).toHaveLength(1);
  });

  it('says when someone else saved the contract first, keeping what was typed', async () => {
    const person = userEvent.setup({ delay: null });
    renderForm('/contracts/contract-1/edit', [
      userError(['expectedRowVersion'], 'This contract has changed since you loaded it.', 'STALE_VERSION'),
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Edit RAL-2026-001' });
    const title = screen.getByRole('textbox', { name: /^Title/ }) as HTMLInputElement;
    await person.clear(title);
    await person.type(title, 'Sentinel EPR and PAS');
    await person.click(screen.getByRole('button', { name: 'Save changes' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading').textContent).toBe(
      'This contract has changed since you loaded it',
    );
    expect(within(alert).getByRole('button', { name: 'Reload the contract' })).toBeTruthy();
    expect(title.value).toBe('Sentinel EPR and PAS');
  });
});
