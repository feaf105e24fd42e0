import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { signInAs, supplierWithProduct } from './catalogue.js';
import { CONTRACT, CREATE_CONTRACT, contractInput, type ContractPayloadShape } from './contracts.js';
import { unstorableIn } from '../src/core/storable-text.js';
import { amount, anything, NASTY, text } from './hostile-text.js';
import type { SignedInClient } from './test-server.js';
import { useTestServer } from './test-server.js';

const server = useTestServer();

type Response = { status: number; codes: string[]; payload: ContractPayloadShape | null };

describe('hostile and random input', () => {
  let lead: SignedInClient;
  let offer: Awaited<ReturnType<typeof supplierWithProduct>>;
  beforeAll(async () => {
    const central = await signInAs(server(), 'CENTRAL_COMMERCIAL', 'X24');
    lead = await signInAs(server(), 'TRUST_PROCUREMENT', 'RAL');
    offer = await supplierWithProduct(central);
  });

  async function create(input: Record<string, unknown>): Promise<Response> {
    const res = await lead.gql<{ createContract: ContractPayloadShape }>(CREATE_CONTRACT, { input });
    return {
      status: res.status,
      codes: (res.errors ?? []).map((e) => String(e.extensions?.['code'])),
      payload: res.data?.createContract ?? null,
    };
  }

  /**
   * Never a 500 or an internal error: saved, or refused with reasons (userErrors, BAD_USER_INPUT,
   * or FORBIDDEN for another trust's register).
   */
  function expectHandled(res: Response) {
    expect(res.status).toBeLessThan(500);
    expect(res.codes.filter((c) => c !== 'BAD_USER_INPUT' && c !== 'FORBIDDEN')).toEqual([]);
    if (res.codes.length === 0) {
      expect(Boolean(res.payload?.contract) !== Boolean(res.payload?.userErrors.length)).toBe(true);
    }
  }

  it('answers a contract with any text and amounts by saving it or saying what is wrong, 500 times', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          title: text,
          notes: text,
          reference: text,
          quantity: amount,
          unitPrice: amount,
          totalValue: amount,
        }),
        async (v) => {
          const input = contractInput(offer, {
            title: v.title,
            notes: v.notes,
            reference: v.reference,
            totalValue: v.totalValue,
            lines: [
              {
                lineReference: 'L1',
                productVersionId: offer.versionId,
                pricingUnit: 'PER_USER',
                billingPeriod: 'ANNUAL',
                quantity: v.quantity,
                unitPrice: v.unitPrice,
              },
            ],
          });
          expectHandled(await create(input));
        },
      ),
      { numRuns: 500 },
    );
  }, 240_000);

  it('answers inputs of the wrong shape (wrong types, unknown enums, missing fields) with BAD_USER_INPUT, 300 times', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          'route',
          'startDate',
          'lines',
          'supplierId',
          'priceVisibility',
          'benefits',
          'buyerOdsCode',
        ),
        anything,
        async (field, value) => expectHandled(await create({ ...contractInput(offer), [field]: value })),
      ),
      { numRuns: 300 },
    );
  }, 240_000);

  it('refuses text holding a NUL character, naming where it is, whether in variables or in the document', async () => {
    const inVariables = await lead.gql(CREATE_CONTRACT, {
      input: contractInput(offer, { reference: 'C-\u0000' }),
    });
    expect(inVariables.status).toBe(400);
    expect(inVariables.errors?.[0]).toMatchObject({
      message: expect.stringContaining('it is in input.reference'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const inDocument = await lead.gql('{ organisations(filter: { search: "a\\u0000" }) { totalCount } }');
    expect(inDocument.status).toBe(400);
    expect(inDocument.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('refuses text holding half of a character (a lone UTF-16 surrogate), naming where it is: it once failed the save', async () => {
    for (const half of ['\udc00', '\ud83c']) {
      const inVariables = await lead.gql(CREATE_CONTRACT, {
        input: contractInput(offer, { notes: `before ${half} after` }),
      });
      expect(inVariables.status).toBe(400);
      expect(inVariables.errors?.[0]).toMatchObject({
        message: expect.stringMatching(
          /^Text cannot contain half of a character .*: it is in input\.notes\./,
        ),
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    // In the document, written as an escape or as the code unit itself: refused before it runs.
    for (const literal of ['a\\uDC00', 'a\udc00']) {
      const inDocument = await lead.gql(`{ organisations(filter: { search: "${literal}" }) { totalCount } }`);
      expect(inDocument.status).toBe(400);
      expect(['GRAPHQL_PARSE_FAILED', 'BAD_USER_INPUT']).toContain(
        inDocument.errors?.[0]?.extensions?.['code'],
      );
    }
    // A whole character made of a pair (an emoji) is text like any other.
    const emoji = await lead.gql(CREATE_CONTRACT, { input: contractInput(offer, { notes: 'Ward 🏥' }) });
    expect(emoji.errors).toBeUndefined();
  });

  it('keeps every hostile text exactly as given, to show escaped', async () => {
    for (const nasty of NASTY.filter((t) => t.trim() && !unstorableIn(t))) {
      const res = await create(contractInput(offer, { title: nasty.slice(0, 200), notes: nasty }));
      expectHandled(res);
      const saved = res.payload?.contract;
      if (!saved) continue; // refused with a reason (a title too long, say): checked above
      const read = await lead.gql<{ contract: { title: string; notes: string | null } }>(CONTRACT, {
        id: saved.id,
      });
      expect([read.data!.contract.title, read.data!.contract.notes]).toEqual([nasty.slice(0, 200), nasty]);
    }
  }, 120_000);
});
