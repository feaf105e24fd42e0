import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CREATE_SUPPLIER, signInAs, unique } from '../../../../../test/catalogue.js';
import { CONFIRM_CONTRACT, type ContractShape } from '../../../../../test/contracts.js';
import type { SignedInClient } from '../../../../../test/test-server.js';
import { useTestServer } from '../../../../../test/test-server.js';

const server = useTestServer();
const sample = (file: string) =>
  readFileSync(path.join(import.meta.dirname, '../../../../../test/fixtures/ocds-sample', file), 'utf8');

const IMPORT = /* GraphQL */ `
  mutation Import($input: ImportOcdsPackageInput!) {
    importOcdsPackage(input: $input) {
      contracts {
        id
        reference
        title
        status
        source
        rowVersion
        buyer {
          odsCode
        }
        supplier {
          id
        }
        lines {
          lineReference
          description
          quantity
          pricingUnit
          billingPeriod
          unitPrice {
            amount
          }
          observation {
            annualUnitPrice {
              amount
            }
          }
        }
      }
      warnings
      reviews {
        key
        name
        context
        chosenId
        candidates {
          id
        }
      }
      userErrors {
        field
        message
      }
    }
  }
`;
type Result = {
  contracts: (ContractShape & { source: string })[];
  warnings: string[];
  reviews: {
    key: string;
    name: string;
    context: string | null;
    chosenId: string | null;
    candidates: { id: string }[];
  }[];
  userErrors: { field: string[]; message: string }[];
};

let procurement: SignedInClient;
let central: SignedInClient;

beforeAll(async () => {
  procurement = await signInAs(server(), 'TRUST_PROCUREMENT', 'RAL');
  central = await signInAs(server(), 'CENTRAL_COMMERCIAL', 'X24');
});

async function importPackage(input: Record<string, unknown>, as = procurement): Promise<Result> {
  const res = await as.gql<{ importOcdsPackage: Result }>(IMPORT, {
    input: { fileName: 'package.json', ...input },
  });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.importOcdsPackage;
}

describe('importing published open contracting data', () => {
  it('asks which supplier is meant, then makes a draft contract from the sample’s contract release; again updates the same draft', async () => {
    const json = sample('ocds-213czf-000-00001-05-contract.json');
    const first = await importPackage({ json });
    expect(first.contracts).toEqual([]);
    expect(first.reviews).toHaveLength(1);
    const review = first.reviews[0]!;
    expect(review).toMatchObject({ name: 'AnyCorp Cycle Provision', context: '11111111', chosenId: null });

    const supplier = await central.gql<{ createSupplier: { supplier: { id: string } } }>(CREATE_SUPPLIER, {
      input: { name: `AnyCorp Holdings ${unique()}`, companiesHouseNumber: `AC${unique()}`, sme: true },
    });
    const supplierId = supplier.data!.createSupplier.supplier.id;
    const chosen = await importPackage({ json, choices: [{ key: review.key, chosenId: supplierId }] });
    expect(chosen.userErrors).toEqual([]);
    expect(chosen.contracts).toHaveLength(1);
    const draft = chosen.contracts[0]!;
    expect(draft).toMatchObject({
      status: 'DRAFT',
      source: 'OCDS_IMPORT',
      buyer: { odsCode: 'RAL' },
      supplier: { id: supplierId },
      reference: 'ocds-213czf-000-00001-contract-01',
    });
    expect(draft.lines).toHaveLength(1);
    expect(draft.lines[0]).toMatchObject({
      quantity: '8.00',
      unitPrice: { amount: '137000.0000' },
      billingPeriod: 'ONE_OFF',
    });
    expect(chosen.warnings.join(' ')).toMatch(/London Borough of Barnet is not an NHS trust/);
    expect(chosen.warnings.join(' ')).toMatch(/Miles/);

    const again = await importPackage({ json, choices: [{ key: review.key, chosenId: supplierId }] });
    expect(again.contracts.map((c) => c.id)).toEqual([draft.id]);

    await procurement.gql(CONFIRM_CONTRACT, {
      input: { id: draft.id, expectedRowVersion: again.contracts[0]!.rowVersion },
    });
    const afterConfirm = await importPackage({ json, choices: [{ key: review.key, chosenId: supplierId }] });
    expect(afterConfirm.contracts).toEqual([]);
    // Nothing refused: the package was read, and the page says why nothing was imported.
    expect(afterConfirm.userErrors).toEqual([]);
    expect(afterConfirm.warnings.join(' ')).toMatch(/already imported and confirmed/);
  });

  it('reads a whole process’s record package and matches the supplier by Companies House number', async () => {
    await central.gql(CREATE_SUPPLIER, {
      input: { name: 'AnyCorp Ltd', companiesHouseNumber: '11111111', sme: false },
    });
    const otherTrust = await signInAs(server(), 'TRUST_PROCUREMENT', 'RAN'); // RAL confirmed its copy above
    const result = await importPackage({ json: sample('ocds-213czf-000-00001.json') }, otherTrust);
    expect(result.reviews).toEqual([]);
    expect(result.contracts).toHaveLength(1);
    expect(result.contracts[0]!.title).toMatch(/cycle lanes/);
  });

  it('lets a central user choose the trust when the buyer is not one', async () => {
    const json = sample('ocds-213czf-000-00001-05-contract.json');
    const without = await importPackage({ json }, central);
    expect(without.userErrors).toMatchObject([{ field: ['buyerOdsCode'] }]);
    const result = await importPackage({ json, buyerOdsCode: 'RJ1' }, central);
    expect(result.contracts[0]!.buyer.odsCode).toBe('RJ1');
  });

  it.each([
    ['not JSON', 'this is not json'],
    ['JSON that is not a package', '{"hello": "world"}'],
    [
      'a release without its id',
      JSON.stringify({
        ...JSON.parse(sample('ocds-213czf-000-00001-05-contract.json')),
        releases: [{ ocid: 'x' }],
      }),
    ],
  ])('refuses %s with a clear message and saves nothing', async (_, json) => {
    const result = await importPackage({ json });
    expect(result.contracts).toEqual([]);
    expect(result.userErrors.length).toBeGreaterThan(0);
    expect(result.userErrors[0]!.message.length).toBeGreaterThan(15);
  });

  it.each([
    ['\\udc00', 'half of a character'],
    ['\\u0000', 'the NUL character'],
  ])(
    'refuses a package whose text holds %s (%s), naming where: it once failed the save',
    async (escape, what) => {
      const json = sample('ocds-213czf-000-00001-05-contract.json').replace(
        '"title": "',
        `"title": "${escape}`,
      );
      const result = await importPackage({ json });
      expect(result.contracts).toEqual([]);
      expect(result.userErrors).toEqual([
        {
          field: ['json'],
          message: expect.stringMatching(
            new RegExp(`^Text cannot contain ${what} .*: the file has it at /releases/0/.*title\\.$`),
          ),
        },
      ]);
    },
  );
});
