// Writes the reliability scripts send as the demo users: a supplier the central commercial team
// records, and contracts a procurement lead records with it (a fixed-price support line each).
import type { BenchClient } from './api-server.js';

/** Records a supplier of its own for this run (as a central user); returns its id. */
export async function createRunSupplier(central: BenchClient, name: string): Promise<string> {
  const stamp = Date.now();
  const { createSupplier } = await central.gql<{ createSupplier: { supplier: { id: string } | null } }>(
    `mutation($input: CreateSupplierInput!) { createSupplier(input: $input) { supplier { id } } }`,
    {
      input: {
        name: `${name} ${stamp.toString(36)} Ltd`,
        companiesHouseNumber: `RS${String(stamp).slice(-6)}`,
        sme: true,
      },
    },
  );
  if (!createSupplier.supplier) throw new Error('could not create the supplier the contracts name');
  return createSupplier.supplier.id;
}

/** A two-year direct award with one fixed-price annual support line: `createContract`'s input. */
export function contractInput(
  supplierId: string,
  reference: string,
  title: string,
  unitPrice = '1000',
): Record<string, unknown> {
  return {
    supplierId,
    route: 'DIRECT_AWARD',
    reference,
    title,
    startDate: '2026-04-01',
    endDate: '2028-03-31',
    lines: [
      {
        lineReference: 'L1',
        description: 'Support',
        pricingUnit: 'FIXED',
        billingPeriod: 'ANNUAL',
        category: 'EPR',
        quantity: '1',
        unitPrice,
      },
    ],
  };
}
