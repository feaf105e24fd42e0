import { describe, expect, it } from 'vitest';
import { useTestServer } from '../../../../test/test-server.js';
import { errorsOf } from '../../../../test/ocds.js';
import { Product } from '../../catalogue/product.entity.js';
import { CataloguePrice } from '../catalogue-price.entity.js';
import { loadDemoCatalogue } from '../demo-catalogue-loader.js';
import { Framework } from '../framework.entity.js';

const server = useTestServer();

describe('the demo catalogue', () => {
  it('loads once into a database without frameworks, and every published framework exports valid OCDS', async () => {
    const em = server().server.orm.em.fork();
    expect(await loadDemoCatalogue(em)).toEqual({ frameworks: 8, suppliers: 60, products: 400 });
    expect(await loadDemoCatalogue(server().server.orm.em.fork())).toEqual({
      frameworks: 0,
      suppliers: 0,
      products: 0,
    });
    const check = server().server.orm.em.fork();
    expect(await check.count(Framework)).toBe(8);
    expect(await check.count(Product)).toBe(400);
    expect(await check.count(CataloguePrice)).toBeGreaterThan(250);

    const list = await server().gql<{
      frameworks: { totalCount: number; edges: { node: { ocdsUrl: string } }[] };
    }>('{ frameworks(first: 20) { totalCount edges { node { ocdsUrl } } } }');
    expect(list.data?.frameworks.totalCount).toBe(7); // the draft is its owner's alone
    for (const { node } of list.data!.frameworks.edges) {
      const pkg: unknown = await (await fetch(`${server().url}${node.ocdsUrl}`)).json();
      expect(errorsOf(pkg)).toEqual([]);
    }
  });
});
