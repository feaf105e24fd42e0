import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createCache } from './apollo';

// The editor asks for amounts with their currency; the public pages for the amount alone. (Parsed
// here, not tagged: they are shapes for the cache, not operations the schema knows.)
const FULL = parse(`
  query Full {
    price {
      id
      ceilingUnitPrice {
        amount
        currency
      }
      tiers {
        from
        to
        unitPrice {
          amount
          currency
        }
      }
    }
  }
`);
const AMOUNTS = parse(`
  query Amounts {
    price {
      id
      ceilingUnitPrice {
        amount
      }
      tiers {
        from
        to
        unitPrice {
          amount
        }
      }
    }
  }
`);

const money = (amount: string, currency?: string) => ({
  __typename: 'Money',
  amount,
  ...(currency ? { currency } : {}),
});
const band = (from: number, to: number | null, amount: string, currency?: string) => ({
  __typename: 'PriceTier',
  from,
  to,
  unitPrice: money(amount, currency),
});

describe('the cache', () => {
  it('keeps what one page asked for of a price when another fetches less of it again', () => {
    const cache = createCache();
    cache.writeQuery({
      query: FULL,
      data: {
        price: {
          __typename: 'CataloguePrice',
          id: 'price-1',
          ceilingUnitPrice: money('10.0000', 'GBP'),
          tiers: [band(1, 100, '10.0000', 'GBP'), band(101, null, '9.0000', 'GBP')],
        },
      },
    });
    cache.writeQuery({
      query: AMOUNTS,
      data: {
        price: {
          __typename: 'CataloguePrice',
          id: 'price-1',
          ceilingUnitPrice: money('12.0000'),
          tiers: [band(1, 100, '12.0000'), band(101, null, '11.0000')],
        },
      },
    });
    expect(cache.readQuery({ query: FULL })).toEqual({
      price: {
        __typename: 'CataloguePrice',
        id: 'price-1',
        ceilingUnitPrice: money('12.0000', 'GBP'),
        tiers: [band(1, 100, '12.0000', 'GBP'), band(101, null, '11.0000', 'GBP')],
      },
    });
  });
});
