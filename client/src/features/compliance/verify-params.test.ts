import { describe, expect, it } from 'vitest';
import { parseVerifyParams, toVerifyParams, toVerifyVariables } from './verify-params';

describe('the verification queue’s address', () => {
  it('reads a standard and a kind, and writes them back', () => {
    const view = parseVerifyParams(new URLSearchParams('standard=dspt&kind=trust&after=abc'));
    expect(view).toEqual({
      filters: { standard: 'DSPT', kind: 'ORGANISATION' },
      page: { first: null, last: null, after: 'abc', before: null },
      problems: [],
    });
    expect(toVerifyParams(view.filters).toString()).toBe('standard=DSPT&kind=trust');
  });

  it('explains what it cannot read', () => {
    expect(parseVerifyParams(new URLSearchParams('standard=not a code&kind=robot')).problems).toEqual([
      '“not a code” is not a standard’s code. Codes are like DSPT or FHIR_UK_CORE.',
      '“robot” is not what a declaration is about. Use trust, product.',
    ]);
  });

  it('asks the server for current unverified declarations of the standard and kind chosen', () => {
    expect(toVerifyVariables(parseVerifyParams(new URLSearchParams('standard=CE')))).toEqual({
      filter: { verification: ['UNVERIFIED'], currentOnly: true, standardCodes: ['CE'] },
      first: 25,
    });
    expect(toVerifyVariables(parseVerifyParams(new URLSearchParams('kind=product'))).filter).toEqual({
      verification: ['UNVERIFIED'],
      currentOnly: true,
      forProducts: true,
    });
    expect(toVerifyVariables(parseVerifyParams(new URLSearchParams('kind=trust'))).filter.forProducts).toBe(
      false,
    );
  });
});
