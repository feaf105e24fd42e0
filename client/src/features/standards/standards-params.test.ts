import { describe, expect, it } from 'vitest';
import {
  noStandardFilters,
  parseStandardsParams,
  toStandardsParams,
  toStandardsVariables,
} from './standards-params';

const parse = (search: string) => parseStandardsParams(new URLSearchParams(search));

describe('the standards catalogue’s address', () => {
  it('asks for the whole catalogue, by the server’s default statuses, when nothing is chosen', () => {
    const view = parse('');
    expect(view.filters).toEqual(noStandardFilters);
    expect(toStandardsVariables(view)).toEqual({ filter: {}, first: 100 });
  });

  it('reads and round-trips every filter', () => {
    const view = parse(
      'q=fhir&category=interoperability-api&applies=product&status=retired&status=effective',
    );
    expect(view.problems).toEqual([]);
    expect(view.filters).toEqual({
      search: 'fhir',
      categories: ['INTEROPERABILITY_API'],
      appliesTo: ['PRODUCT'],
      statuses: ['EFFECTIVE', 'RETIRED'],
    });
    expect(toStandardsVariables(view).filter).toEqual({
      search: 'fhir',
      categories: ['INTEROPERABILITY_API'],
      appliesTo: ['PRODUCT'],
      statuses: ['EFFECTIVE', 'RETIRED'],
    });
    expect(toStandardsParams(view.filters).toString()).toBe(
      'q=fhir&category=interoperability-api&applies=product&status=effective&status=retired',
    );
  });

  it('names values it cannot read', () => {
    expect(parse('applies=both&status=old').problems).toEqual([
      '“both” is not a choice for what standards apply to. Use product, organisation.',
      '“old” is not a status of a standard. Use effective, draft, retired.',
    ]);
  });
});
