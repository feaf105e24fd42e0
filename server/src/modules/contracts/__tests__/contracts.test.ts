import { beforeAll, describe, expect, it } from 'vitest';
import {
  publishedFramework,
  signInAs,
  supplierWithProduct,
  type FrameworkShape,
} from '../../../../test/catalogue.js';
import {
  asUpdateInput,
  CONFIRM_CONTRACT,
  CONTRACT,
  contractInput,
  CONTRACTS,
  CREATE_CONTRACT,
  createdContract,
  DELETE_CONTRACT,
  END_CONTRACT_EARLY,
  UPDATE_CONTRACT,
  type ContractPayloadShape,
  type ContractShape,
} from '../../../../test/contracts.js';
import type { SignedInClient } from '../../../../test/test-server.js';
import { useTestServer } from '../../../../test/test-server.js';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { ContractLine } from '../contract-line.entity.js';
import { readContractLines } from '../contract-line-reads.js';
import { Contract } from '../contract.entity.js';

const server = useTestServer();

let central: SignedInClient;
let procurement: SignedInClient;
let compliance: SignedInClient;
let otherTrust: SignedInClient;
let offer: Awaited<ReturnType<typeof supplierWithProduct>>;
let framework: FrameworkShape;

beforeAll(async () => {
  central = await signInAs(server(), 'CENTRAL_COMMERCIAL', 'X24');
  procurement = await signInAs(server(), 'TRUST_PROCUREMENT', 'RAL');
  compliance = await signInAs(server(), 'TRUST_COMPLIANCE', 'RAL');
  otherTrust = await signInAs(server(), 'TRUST_PROCUREMENT', 'RJ1');
  offer = await supplierWithProduct(central);
  framework = await publishedFramework(central, offer);
});

async function create(input: Record<string, unknown>, as = procurement) {
  const res = await as.gql<{ createContract: ContractPayloadShape }>(CREATE_CONTRACT, { input });
  expect(res.errors).toBeUndefined();
  return res.data!.createContract;
}

const fields = (payload: { userErrors: { field: string[] | null }[] }) =>
  payload.userErrors.map((e) => e.field?.join('.'));
const contractCount = () => server().server.orm.em.fork().count(Contract, {});

describe('a trust procurement lead recording a contract', () => {
  it('records an off-framework contract with every price normalised to a year', async () => {
    const contract = await createdContract(procurement, contractInput(offer));
    expect(contract).toMatchObject({
      status: 'ACTIVE',
      route: 'DIRECT_AWARD',
      priceVisibility: 'ANONYMOUS',
      buyer: { odsCode: 'RAL' },
      supplier: { id: offer.supplierId },
      award: null,
      viewerCanEdit: true,
      totalValue: { amount: '250000.00' },
      // £64,800 of licences a year plus the £90,000 fee spread over 3 years
      annualCost: { amount: '94800.00' },
    });
    const [licence, fee] = contract.lines;
    expect(licence!.category).toBe('EPR'); // the product's
    expect(licence!.observation).toEqual({
      chargeType: 'RECURRING',
      netUnitPrice: { amount: '4.5000' },
      annualUnitPrice: { amount: '54.0000' },
      oneOffUnitPrice: null,
      annualCost: { amount: '64800.00' },
      totalCost: { amount: '194400.00' },
      ceilingAnnualUnitPrice: null,
      aboveCeiling: false,
    });
    expect(fee!.observation).toMatchObject({
      chargeType: 'ONE_OFF',
      annualUnitPrice: { amount: '30000.0000' },
      oneOffUnitPrice: { amount: '90000.0000' },
      totalCost: { amount: '90000.00' },
    });
    const events = await server().server.orm.em.fork().find(AuditEvent, { entityId: contract.id });
    expect(events.map((e) => e.action)).toEqual(['createContract']);
  });

  it('records a call-off: each line shows its framework ceiling and a line above it is flagged', async () => {
    const lot = framework.lots[0]!;
    const contract = await createdContract(
      procurement,
      contractInput(offer, {
        route: null,
        lotId: lot.id,
        lines: [
          // Bands 1–1,000 at £12.50 and then £10.25 a year: 1,200 users may cost £12.125 each
          {
            lineReference: 'OVER',
            productVersionId: offer.versionId,
            pricingUnit: 'PER_USER',
            billingPeriod: 'ANNUAL',
            quantity: '1200',
            unitPrice: '13.00',
          },
          {
            lineReference: 'UNDER',
            productVersionId: offer.versionId,
            pricingUnit: 'PER_USER',
            billingPeriod: 'MONTHLY',
            quantity: '1200',
            unitPrice: '1.00',
          },
          {
            lineReference: 'FEE',
            productVersionId: offer.versionId,
            pricingUnit: 'FIXED',
            billingPeriod: 'ONE_OFF',
            quantity: '1',
            unitPrice: '25000',
            discountPercent: '10',
          },
        ],
      }),
    );
    expect(contract.award).toMatchObject({
      lot: { number: 1, framework: { reference: framework.reference } },
    });
    expect(contract.route).toBeNull();
    expect(contract.anyAboveCeiling).toBe(true);
    const [over, under, fee] = contract.lines;
    expect(over!.observation).toMatchObject({
      ceilingAnnualUnitPrice: { amount: '12.1250' },
      aboveCeiling: true,
    });
    expect(over!.ceilingPrice).not.toBeNull();
    expect(under!.observation).toMatchObject({
      annualUnitPrice: { amount: '12.0000' },
      ceilingAnnualUnitPrice: { amount: '12.1250' },
      aboveCeiling: false,
    });
    // £25,000 less 10% once, against a £25,000 one-off ceiling: both spread over 3 years
    expect(fee!.observation).toMatchObject({
      netUnitPrice: { amount: '22500.0000' },
      annualUnitPrice: { amount: '7500.0000' },
      ceilingAnnualUnitPrice: { amount: '8333.3333' },
      aboveCeiling: false,
    });
  });

  it('records day rates by role and grade, in the professional services category', async () => {
    const contract = await createdContract(
      procurement,
      contractInput(offer, {
        lines: [
          {
            description: 'Technical architecture',
            role: 'Solution architect',
            grade: 'Senior',
            pricingUnit: 'PER_DAY',
            billingPeriod: 'ONE_OFF',
            quantity: '40.5',
            unitPrice: '950',
          },
        ],
      }),
    );
    expect(contract.lines[0]).toMatchObject({
      lineReference: 'L1',
      category: 'PROFESSIONAL_SERVICES',
      role: 'Solution architect',
      grade: 'Senior',
      quantity: '40.50',
      productVersion: null,
    });
  });

  it.each([
    ['an end before the start', () => ({ endDate: '2026-03-31' }), 'endDate'],
    ['extensions ending before the end', () => ({ maxEndDate: '2028-01-01' }), 'maxEndDate'],
    ['an unknown supplier', () => ({ supplierId: '00000000-0000-4000-8000-000000000000' }), 'supplierId'],
    ['neither a lot nor a route', () => ({ route: null }), 'route'],
    ['no title', () => ({ title: '  ' }), 'title'],
    ['a total value with pence fractions', () => ({ totalValue: '10.505' }), 'totalValue'],
    ['a negative quantity', () => ({ lines: [line({ quantity: '-5' })] }), 'lines.0.quantity'],
    [
      'a price with 5 decimal places',
      () => ({ lines: [line({ unitPrice: '4.12345' })] }),
      'lines.0.unitPrice',
    ],
    [
      'a discount over 100%',
      () => ({ lines: [line({ discountPercent: '120' })] }),
      'lines.0.discountPercent',
    ],
    [
      'a fixed price for 2',
      () => ({ lines: [line({ pricingUnit: 'FIXED', quantity: '2' })] }),
      'lines.0.quantity',
    ],
    [
      'a day rate without a role',
      () => ({ lines: [line({ pricingUnit: 'PER_DAY', grade: 'Senior' })] }),
      'lines.0.role',
    ],
    [
      'suppression without a reason',
      () => ({ lines: [line({ suppressed: true })] }),
      'lines.0.suppressionReason',
    ],
    [
      'neither a product nor a description',
      () => ({ lines: [line({ productVersionId: null })] }),
      'lines.0.description',
    ],
    [
      'a line reference used twice',
      () => ({ lines: [line({ lineReference: 'A' }), line({ lineReference: 'a' })] }),
      'lines.1.lineReference',
    ],
  ])('refuses %s, naming the field, and saves nothing', async (_, overrides, field) => {
    const before = await contractCount();
    const payload = await create(contractInput(offer, overrides()));
    expect(payload.contract).toBeNull();
    expect(fields(payload)).toContain(field);
    expect(await contractCount()).toBe(before);
  });

  it('refuses a call-off line for a product the lot does not offer', async () => {
    const other = await supplierWithProduct(central);
    const payload = await create(
      contractInput(offer, {
        route: null,
        lotId: framework.lots[0]!.id,
        lines: [line({ productVersionId: other.versionId })],
      }),
    );
    expect(payload.userErrors.map((e) => e.field?.join('.'))).toEqual(['lines.0.productVersionId']);
    expect(payload.userErrors[0]!.message).toMatch(/not .*’s/);
    const notOnLot = await supplierWithProduct(central);
    const refused = await create(
      contractInput(notOnLot, {
        route: null,
        lotId: framework.lots[0]!.id,
        lines: [line({ productVersionId: notOnLot.versionId })],
      }),
    );
    expect(fields(refused)).toEqual(['lotId']);
    expect(refused.userErrors[0]!.message).toMatch(/not an approved supplier on that lot/);
  });

  it('refuses a duplicate reference within the trust, but another trust may use it', async () => {
    const first = await createdContract(procurement, contractInput(offer));
    const again = await create(contractInput(offer, { reference: first.reference }));
    expect(again.userErrors).toMatchObject([{ code: 'CONFLICT', field: ['reference'] }]);
    await createdContract(otherTrust, contractInput(offer, { reference: first.reference }));
  });

  it('lets a central user record for a named trust, and refuses an unknown one', async () => {
    const missing = await create(contractInput(offer), central);
    expect(fields(missing)).toEqual(['buyerOdsCode']);
    const unknown = await create(contractInput(offer, { buyerOdsCode: 'ZZZ99' }), central);
    expect(unknown.userErrors).toMatchObject([{ code: 'NOT_FOUND', field: ['buyerOdsCode'] }]);
    const made = await createdContract(central, contractInput(offer, { buyerOdsCode: 'rj1' }));
    expect(made.buyer.odsCode).toBe('RJ1');
  });

  it('refuses a trust user recording for another trust', async () => {
    const res = await procurement.gql(CREATE_CONTRACT, {
      input: contractInput(offer, { buyerOdsCode: 'RJ1' }),
    });
    expect(res.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});

function line(overrides: Record<string, unknown>) {
  return {
    productVersionId: offer.versionId,
    pricingUnit: 'PER_USER',
    billingPeriod: 'ANNUAL',
    quantity: '10',
    unitPrice: '50',
    ...overrides,
  };
}

describe('editing a contract', () => {
  async function update(input: Record<string, unknown>) {
    const res = await procurement.gql<{ updateContract: ContractPayloadShape }>(UPDATE_CONTRACT, { input });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data!.updateContract;
  }

  it('saves lines whole: edits keep their ids, new ones are added, missing ones removed; audited', async () => {
    const contract = await createdContract(procurement, contractInput(offer));
    const input = asUpdateInput(contract, offer);
    const lines = input['lines'] as Record<string, unknown>[];
    lines[0]!['unitPrice'] = '4.00';
    lines.splice(1, 1, {
      lineReference: 'L3',
      description: 'Training',
      pricingUnit: 'PER_DAY',
      billingPeriod: 'ONE_OFF',
      role: 'Trainer',
      grade: 'Standard',
      quantity: '5',
      unitPrice: '600',
    });
    const payload = await update({ ...input, title: 'Renamed' });
    expect(payload.userErrors).toEqual([]);
    const saved = payload.contract!;
    expect(saved.title).toBe('Renamed');
    expect(saved.rowVersion).toBe(contract.rowVersion + 1);
    expect(saved.lines.map((l) => l.lineReference)).toEqual(['L1', 'L3']);
    expect(saved.lines[0]!.id).toBe(contract.lines[0]!.id);
    expect(saved.lines[0]!.observation.annualUnitPrice).toEqual({ amount: '48.0000' });
    const history = await procurement.gql<{ contract: { history: { action: string }[] } }>(
      `query($id: String!) { contract(id: $id) { history { action } } }`,
      { id: contract.id },
    );
    expect(history.data!.contract.history.map((e) => e.action)).toEqual(['updateContract', 'createContract']);
  });

  it('lets exactly one of two edits made at the same time win; the other is told, and the record is the winner’s', async () => {
    const contract = await createdContract(procurement, contractInput(offer));
    const base = asUpdateInput(contract, offer);
    const edits = ['Edited in the first tab', 'Edited in the second tab'].map((title) =>
      procurement.gql<{ updateContract: ContractPayloadShape }>(UPDATE_CONTRACT, {
        input: { ...base, title },
      }),
    );
    const payloads = (await Promise.all(edits)).map((res) => {
      expect(res.errors).toBeUndefined();
      return res.data!.updateContract;
    });
    const won = payloads.filter((p) => p.contract);
    const lost = payloads.filter((p) => !p.contract);
    expect([won.length, lost.length]).toEqual([1, 1]);
    expect(lost[0]!.userErrors[0]).toMatchObject({ code: 'STALE_VERSION', field: ['expectedRowVersion'] });
    expect(lost[0]!.userErrors[0]!.message).toMatch(/changed/i);
    const stored = await server().server.orm.em.fork().findOneOrFail(Contract, { id: contract.id });
    expect([stored.title, stored.rowVersion]).toEqual([won[0]!.contract!.title, contract.rowVersion + 1]);
  });

  it('lets lines swap references, or a new line take a removed one’s', async () => {
    const contract = await createdContract(procurement, contractInput(offer));
    const input = asUpdateInput(contract, offer);
    const lines = input['lines'] as Record<string, unknown>[];
    [lines[0]!['lineReference'], lines[1]!['lineReference']] = ['L2', 'L1'];
    const swapped = await update(input);
    expect(swapped.userErrors).toEqual([]);
    expect(swapped.contract!.lines.map((l) => [l.id, l.lineReference])).toEqual([
      [contract.lines[0]!.id, 'L2'],
      [contract.lines[1]!.id, 'L1'],
    ]);
    const again = asUpdateInput(swapped.contract!, offer);
    const replaced = (again['lines'] as Record<string, unknown>[]).slice(0, 1);
    replaced.push({ ...replaced[0], id: null, lineReference: 'L1', quantity: '5' });
    const reused = await update({ ...again, lines: replaced });
    expect(reused.userErrors).toEqual([]);
    expect(reused.contract!.lines.map((l) => [l.lineReference, l.quantity])).toEqual([
      ['L2', '1200.00'],
      ['L1', '5.00'],
    ]);
  });

  it('refuses a stale version: someone else saved first', async () => {
    const contract = await createdContract(procurement, contractInput(offer));
    expect((await update(asUpdateInput(contract, offer))).userErrors).toEqual([]);
    const stale = await update({ ...asUpdateInput(contract, offer), title: 'Mine' });
    expect(stale.userErrors).toMatchObject([{ code: 'STALE_VERSION' }]);
  });

  it('refuses a line id from another contract', async () => {
    const a = await createdContract(procurement, contractInput(offer));
    const b = await createdContract(procurement, contractInput(offer));
    const input = asUpdateInput(a, offer);
    (input['lines'] as Record<string, unknown>[])[0]!['id'] = b.lines[0]!.id;
    expect(fields(await update(input))).toEqual(['lines.0.id']);
  });

  it('ends a contract early: the term shortens and one-off charges are spread over the new term', async () => {
    const contract = await createdContract(procurement, contractInput(offer));
    const bad = await procurement.gql<{ endContractEarly: ContractPayloadShape }>(END_CONTRACT_EARLY, {
      input: { id: contract.id, expectedRowVersion: contract.rowVersion, endDate: '2030-01-01', reason: '' },
    });
    expect(fields(bad.data!.endContractEarly).sort()).toEqual(['endDate', 'reason']);
    const res = await procurement.gql<{ endContractEarly: ContractPayloadShape }>(END_CONTRACT_EARLY, {
      input: {
        id: contract.id,
        expectedRowVersion: contract.rowVersion,
        endDate: '2027-03-31',
        reason: 'Replaced by the ICB-wide system.',
      },
    });
    expect(res.data!.endContractEarly.userErrors).toEqual([]);
    const ended = res.data!.endContractEarly.contract!;
    expect(ended).toMatchObject({
      status: 'TERMINATED',
      endDate: '2027-03-31',
      terminationReason: 'Replaced by the ICB-wide system.',
      viewerCanEdit: false,
    });
    expect(ended.lines[1]!.observation.annualUnitPrice).toEqual({ amount: '90000.0000' });
    const edit = await update(asUpdateInput(ended, offer));
    expect(edit.userErrors).toMatchObject([{ code: 'INVALID', field: ['id'] }]);
  });

  it('keeps a draft out of the way until confirmed; only drafts can be deleted', async () => {
    const draft = await createdContract(procurement, contractInput(offer, { asDraft: true }));
    expect(draft.status).toBe('DRAFT');
    const confirmed = await procurement.gql<{ confirmContract: ContractPayloadShape }>(CONFIRM_CONTRACT, {
      input: { id: draft.id, expectedRowVersion: draft.rowVersion },
    });
    const active = confirmed.data!.confirmContract.contract!;
    expect(active.status).toBe('ACTIVE');
    const refused = await procurement.gql<{
      deleteContract: { deletedContractId: string | null; userErrors: unknown[] };
    }>(DELETE_CONTRACT, { input: { id: active.id, expectedRowVersion: active.rowVersion } });
    expect(refused.data!.deleteContract).toMatchObject({
      deletedContractId: null,
      userErrors: [{ field: ['id'] }],
    });

    const other = await createdContract(procurement, contractInput(offer, { asDraft: true }));
    const deleted = await procurement.gql<{ deleteContract: { deletedContractId: string | null } }>(
      DELETE_CONTRACT,
      {
        input: { id: other.id, expectedRowVersion: other.rowVersion },
      },
    );
    expect(deleted.data!.deleteContract.deletedContractId).toBe(other.id);
    expect((await procurement.gql<{ contract: null }>(CONTRACT, { id: other.id })).data!.contract).toBeNull();
    const events = await server()
      .server.orm.em.fork()
      .find(AuditEvent, { entityId: other.id }, { orderBy: { id: 'asc' } });
    expect(events.map((e) => e.action)).toEqual(['createContract', 'deleteContract']);
  });
});

describe('who reads and changes a register', () => {
  let ours: ContractShape;
  beforeAll(async () => {
    ours = await createdContract(procurement, contractInput(offer, { reference: `OURS-${Date.now()}` }));
  });

  it('the trust’s compliance users read it but cannot change it', async () => {
    const read = await compliance.gql<{ contract: ContractShape }>(CONTRACT, { id: ours.id });
    expect(read.data!.contract).toMatchObject({ id: ours.id, viewerCanEdit: false });
    const res = await compliance.gql(UPDATE_CONTRACT, { input: asUpdateInput(ours, offer) });
    expect(res.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('another trust sees nothing of it, by id or in a list, and cannot change it', async () => {
    expect((await otherTrust.gql<{ contract: null }>(CONTRACT, { id: ours.id })).data!.contract).toBeNull();
    const list = await otherTrust.gql<{ contracts: { edges: { node: { buyer: { odsCode: string } } }[] } }>(
      CONTRACTS,
      { first: 100, filter: { buyerOdsCodes: ['RAL'] } },
    );
    expect(list.data!.contracts.edges).toEqual([]);
    const res = await otherTrust.gql<{ updateContract: ContractPayloadShape }>(UPDATE_CONTRACT, {
      input: asUpdateInput(ours, offer),
    });
    expect(res.data!.updateContract.userErrors).toMatchObject([{ code: 'NOT_FOUND' }]);
  });

  it('central users read every trust’s register', async () => {
    const list = await central.gql<{ contracts: { totalCount: number; edges: { node: { id: string } }[] } }>(
      CONTRACTS,
      {
        first: 100,
        filter: { search: ours.reference },
      },
    );
    expect(list.data!.contracts.edges.map((e) => e.node.id)).toEqual([ours.id]);
  });

  it('suppliers and anonymous callers are refused', async () => {
    const supplier = await signInAs(server(), 'SUPPLIER', null);
    expect((await supplier.gql(CONTRACTS, {})).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await server().gql(CONTRACTS, {})).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });
});

describe('the register list', () => {
  let trust: SignedInClient;
  let made: ContractShape[];
  beforeAll(async () => {
    trust = await signInAs(server(), 'TRUST_PROCUREMENT', 'RAN');
    made = [
      await createdContract(
        trust,
        contractInput(offer, { reference: 'R-OLD', startDate: '2020-01-01', endDate: '2021-12-31' }),
      ),
      await createdContract(trust, contractInput(offer, { reference: 'R-SOON', endDate: '2027-01-31' })),
      await createdContract(
        trust,
        contractInput(offer, {
          reference: 'R-LATER',
          endDate: '2030-06-30',
          route: null,
          lotId: framework.lots[0]!.id,
          lines: [line({})],
        }),
      ),
      await createdContract(trust, contractInput(offer, { reference: 'R-DRAFT', asDraft: true })),
    ];
  });

  const references = async (variables: Record<string, unknown>) => {
    const res = await trust.gql<{ contracts: { edges: { node: { reference: string } }[] } }>(CONTRACTS, {
      first: 100,
      ...variables,
    });
    expect(res.errors).toBeUndefined();
    return res.data!.contracts.edges.map((e) => e.node.reference);
  };

  it('sorts by end date by default and filters by status, dates and route', async () => {
    expect(made).toHaveLength(4);
    expect(await references({})).toEqual(['R-OLD', 'R-SOON', 'R-DRAFT', 'R-LATER']);
    expect(await references({ filter: { statuses: ['EXPIRED'] } })).toEqual(['R-OLD']);
    expect(await references({ filter: { statuses: ['DRAFT'] } })).toEqual(['R-DRAFT']);
    expect(await references({ filter: { endingAfter: '2026-12-01', endingBefore: '2027-12-31' } })).toEqual([
      'R-SOON',
    ]);
    expect(await references({ filter: { onFramework: true } })).toEqual(['R-LATER']);
    expect(
      await references({ filter: { categories: ['EPR'], onFramework: false, statuses: ['ACTIVE'] } }),
    ).toEqual(['R-SOON']);
    expect(
      await references({
        filter: { productIds: [offer.productId] },
        orderBy: { field: 'REFERENCE', direction: 'DESC' },
      }),
    ).toEqual(['R-SOON', 'R-OLD', 'R-LATER', 'R-DRAFT']);
  });

  it('reads a page of contracts with their lines in a fixed number of statements', async () => {
    const count = async (first: number) => {
      server().queries.reset();
      const res = await trust.gql(
        `query($first: Int) { contracts(first: $first, orderBy: { field: END_DATE, direction: DESC }) { edges { node { reference supplier { name } buyer { name } award { lot { framework { reference } } } annualCost { amount } lines { productVersion { version product { name } } observation { annualUnitPrice { amount } } } } } } }`,
        { first },
      );
      expect(res.errors).toBeUndefined();
      return server().queries.statements.filter((s) => !/^(begin|commit|rollback)/i.test(s)).length;
    };
    expect(await count(4)).toBe(await count(1));
  });

  it('reads a register page (contracts, supplier, lines with product and ceiling) in six statements at most', async () => {
    server().queries.reset();
    const res = await trust.gql(
      `{ contracts(first: 50) { totalCount edges { node { reference supplier { name } lines { lineReference unitPrice { amount } productVersion { version product { name } } ceilingPrice { ceilingUnitPrice { amount } } aboveCeiling } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const lines = (
      res.data as {
        contracts: { edges: { node: { lines: { productVersion: unknown; ceilingPrice: unknown }[] } }[] };
      }
    ).contracts.edges.flatMap((e) => e.node.lines);
    // The page has what the statements must fetch: lines with products and with ceilings.
    expect(lines.some((l) => l.productVersion)).toBe(true);
    expect(lines.some((l) => l.ceilingPrice)).toBe(true);
    // The session, the count, the page, its suppliers, its lines with their products and ceilings.
    expect(server().queries.statements).toHaveLength(5);
  });

  it('reads lines for display with the values their entities hold, products and ceilings included', async () => {
    const em = server().server.orm.em.fork();
    const ids = made.map((c) => c.id);
    const read = await readContractLines(em, ids);
    const entities = await server()
      .server.orm.em.fork()
      .find(
        ContractLine,
        { contract: { $in: ids } },
        { populate: ['productVersion.product', 'ceilingPrice'], orderBy: { position: 'asc', id: 'asc' } },
      );
    expect(entities.some((l) => l.ceilingPrice) && entities.some((l) => !l.productVersion)).toBe(true);
    for (const id of ids) {
      const expected = entities.filter((l) => l.contract.id === id);
      const lines = read.get(id)!;
      expect(lines.map((l) => l.id)).toEqual(expected.map((l) => l.id));
      lines.forEach((line, i) => {
        const entity = expected[i]!;
        const { contract, productVersion, ceilingPrice, ...columns } = entity;
        expect(line).toMatchObject({ ...columns, contractId: contract.id });
        expect(line.productVersion?.getEntity().product.getEntity().name).toBe(
          productVersion?.getEntity().product.getEntity().name,
        );
        expect(line.ceilingPrice?.getEntity().ceilingUnitPrice).toBe(
          ceilingPrice?.getEntity().ceilingUnitPrice,
        );
      });
    }
  });
});
