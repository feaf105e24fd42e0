import { describe, expect, it } from 'vitest';
import { difference } from './amounts';
import {
  defaultFilters,
  endingSoonFilters,
  filtersFromForm,
  isEndingSoon,
  isWholeRegister,
  parseRegisterParams,
  toQueryVariables,
  toSearchParams,
} from './register-params';

const parse = (search: string) => parseRegisterParams(new URLSearchParams(search));

describe('parseRegisterParams', () => {
  it('reads an empty address as the whole register, soonest ending first', () => {
    const view = parse('');
    expect(view.filters).toEqual(defaultFilters);
    expect(view.problems).toEqual([]);
    expect(toQueryVariables(view)).toEqual({
      filter: {},
      orderBy: { field: 'END_DATE', direction: 'ASC' },
      first: 25,
    });
  });

  it('reads every filter and writes the same address back', () => {
    const search =
      'q=ember&status=active&status=ended-early&framework=on&category=epr&buyer=RAL&ending-after=2026-12-02&ending-before=2027-12-02&sort=value-desc';
    const view = parse(search);
    expect(view.problems).toEqual([]);
    expect(toSearchParams(view.filters).toString()).toBe(search);
    expect(toQueryVariables(view)).toEqual({
      filter: {
        search: 'ember',
        statuses: ['ACTIVE', 'TERMINATED'],
        onFramework: true,
        categories: ['EPR'],
        buyerOdsCodes: ['RAL'],
        endingAfter: '2026-12-02',
        endingBefore: '2027-12-02',
      },
      orderBy: { field: 'TOTAL_VALUE', direction: 'DESC' },
      first: 25,
    });
  });

  it('names every value it cannot use instead of silently dropping it', () => {
    expect(parse('status=live&framework=maybe&ending-before=2027-02-30&sort=cost').problems).toEqual([
      '“live” is not a contract status. Use active, draft, expired, ended-early.',
      '“maybe” is not a choice of framework. Use on or off.',
      '“2027-02-30” (ending-before) is not a date. Write dates like 2027-03-31.',
      '“cost” is not a sort order. Use end, end-desc, start-desc, start, reference, title, value-desc, value, updated-desc.',
    ]);
  });
});

describe('the filter form', () => {
  it('turns the date boxes into dates in the address, and keeps a wrong one to explain it', () => {
    const form = new FormData();
    form.append('q', ' ember ');
    form.append('status', 'draft');
    for (const [name, value] of [
      ['ends-from', '1'],
      ['ends-from-month', '4'],
      ['ends-from-year', '2027'],
      ['ends-to', '31'],
      ['ends-to-month', '2'],
      ['ends-to-year', '2027'],
    ]) {
      form.append(name as string, value as string);
    }
    const view = filtersFromForm(form);
    expect(view.filters).toMatchObject({ search: 'ember', statuses: ['DRAFT'], endingAfter: '2027-04-01' });
    expect(view.problems).toEqual([
      '“31/2/2027” (ending-before) is not a date. Write dates like 2027-03-31.',
    ]);
  });
});

describe('the "ending in the next 12 months" view', () => {
  it('is the active contracts ending from today to a year from today', () => {
    const soon = endingSoonFilters('2026-12-02');
    expect(toSearchParams(soon).toString()).toBe(
      'status=active&ending-after=2026-12-02&ending-before=2027-12-02',
    );
    expect(isEndingSoon(soon, '2026-12-02')).toBe(true);
    expect(isEndingSoon({ ...soon, buyerOdsCode: 'RAL' }, '2026-12-02')).toBe(true);
    expect(isEndingSoon({ ...soon, search: 'ember' }, '2026-12-02')).toBe(false);
    expect(isEndingSoon(soon, '2026-12-03')).toBe(false);
  });

  it('is not the whole register, which a sort alone leaves whole', () => {
    expect(isWholeRegister(endingSoonFilters('2026-12-02'))).toBe(false);
    expect(isWholeRegister({ ...defaultFilters, sort: 'title' })).toBe(true);
  });
});

describe('difference', () => {
  it('subtracts exactly, to 4 decimal places', () => {
    expect(difference('2100.0000', '1920.0000')).toBe('180.0000');
    expect(difference('0.1', '0.0150')).toBe('0.0850');
    expect(difference('12', '12.125')).toBe('-0.1250');
    expect(difference('n/a', '1')).toBeNull();
  });
});
