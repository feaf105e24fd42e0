import { beforeAll, describe, expect, it } from 'vitest';
import { publishedFramework, signInAs, supplierWithProduct } from '../../../../test/catalogue.js';
import { contractInput, createdContract } from '../../../../test/contracts.js';
import type { SignedInClient } from '../../../../test/test-server.js';
import { useTestServer } from '../../../../test/test-server.js';

const server = useTestServer();

const UPTAKE = /* GraphQL */ `
  query ($input: FrameworkUptakeInput) {
    frameworkUptake(input: $input) {
      total {
        contracts
        onFrameworkContracts
        annualSpend {
          amount
        }
        onFrameworkSpend {
          amount
        }
      }
      byRegion {
        key
        contracts
        onFrameworkContracts
        annualSpend {
          amount
        }
        onFrameworkSpend {
          amount
        }
      }
      byCategory {
        key
        contracts
        onFrameworkContracts
      }
      byFramework {
        key
        contracts
        annualSpend {
          amount
        }
      }
      offFrameworkWithAlternative {
        contractReference
        trustName
        annualSpend {
          amount
        }
        frameworks
      }
    }
  }
`;
type Share = {
  key?: string;
  contracts: number;
  onFrameworkContracts: number;
  annualSpend?: { amount: string };
  onFrameworkSpend?: { amount: string };
};
type Uptake = {
  total: Share;
  byRegion: Share[];
  byCategory: Share[];
  byFramework: { key: string; contracts: number; annualSpend: { amount: string } }[];
  offFrameworkWithAlternative: {
    contractReference: string;
    trustName: string;
    annualSpend: { amount: string };
    frameworks: string[];
  }[];
};

describe('frameworkUptake', () => {
  let central: SignedInClient;

  beforeAll(async () => {
    central = await signInAs(server(), 'CENTRAL_COMMERCIAL', 'X24');
  });

  it('shares contracts and spend through frameworks, and finds off-framework contracts a framework could serve', async () => {
    const offer = await supplierWithProduct(central);
    const framework = await publishedFramework(central, offer);
    const line = (unitPrice: string) => ({
      lineReference: 'L1',
      productVersionId: offer.versionId,
      pricingUnit: 'PER_USER',
      billingPeriod: 'ANNUAL',
      quantity: '100',
      unitPrice,
    });
    // A call-off by the Royal Free (£1,200 a year) and the same product bought off-framework by
    // Bristol (£1,500 a year), in force in June 2026.
    await createdContract(
      central,
      contractInput(offer, {
        buyerOdsCode: 'RAL',
        route: null,
        lotId: framework.lots[0]!.id,
        reference: 'UPTAKE-ON',
        lines: [line('12')],
      }),
    );
    await createdContract(
      central,
      contractInput(offer, { buyerOdsCode: 'RA7', reference: 'UPTAKE-OFF', lines: [line('15')] }),
    );
    const res = await central.gql<{ frameworkUptake: Uptake }>(UPTAKE, { input: { activeOn: '2026-06-01' } });
    expect(res.errors).toBeUndefined();
    const u = res.data!.frameworkUptake;
    expect(u.total).toEqual({
      contracts: 2,
      onFrameworkContracts: 1,
      annualSpend: { amount: '2700.00' },
      onFrameworkSpend: { amount: '1200.00' },
    });
    expect(u.byRegion).toEqual([
      {
        key: 'Y58',
        contracts: 1,
        onFrameworkContracts: 0,
        annualSpend: { amount: '1500.00' },
        onFrameworkSpend: { amount: '0.00' },
      },
      {
        key: 'Y56',
        contracts: 1,
        onFrameworkContracts: 1,
        annualSpend: { amount: '1200.00' },
        onFrameworkSpend: { amount: '1200.00' },
      },
    ]);
    expect(u.byCategory).toEqual([{ key: 'EPR', contracts: 2, onFrameworkContracts: 1 }]);
    expect(u.byFramework).toEqual([
      { key: framework.reference, contracts: 1, annualSpend: { amount: '1200.00' } },
    ]);
    expect(u.offFrameworkWithAlternative).toEqual([
      {
        contractReference: 'UPTAKE-OFF',
        trustName: expect.stringMatching(/Bristol/i),
        annualSpend: { amount: '1500.00' },
        frameworks: [framework.reference],
      },
    ]);
  });
});
