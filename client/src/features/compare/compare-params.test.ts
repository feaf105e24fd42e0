import { describe, expect, it } from 'vitest';
import { emptyDate } from '../../shared/forms/dates';
import {
  parseCompareParams,
  readFilterDates,
  toBenchmarkInput,
  toCompareParams,
  withoutFilters,
} from './compare-params';

const parse = (search: string) => parseCompareParams(new URLSearchParams(search));
const roundTrip = (search: string) => toCompareParams(parse(search)).toString();

describe('the Compare page’s address', () => {
  it('keeps every filter on trusts and dates through a round trip, and sends them to the server', () => {
    const search =
      'product=p1&region=Y56&icb=QMJ&type=acute&type=mental-health&in-force-on=2026-04-01&signed-after=2024-04-01';
    const view = parse(search);
    expect(view).toMatchObject({
      regionCode: 'Y56',
      icbCode: 'QMJ',
      trustTypes: ['ACUTE', 'MENTAL_HEALTH'],
      activeOn: '2026-04-01',
      signedAfter: '2024-04-01',
      problems: [],
    });
    expect(roundTrip(search)).toBe(search);
    expect(toBenchmarkInput(view)).toEqual({
      productId: 'p1',
      pricingUnit: 'PER_USER',
      filter: {
        regionCodes: ['Y56'],
        icbCodes: ['QMJ'],
        trustTypes: ['ACUTE', 'MENTAL_HEALTH'],
        activeOn: '2026-04-01',
        signedAfter: '2024-04-01',
      },
    });
  });

  it('writes one address for one choice: codes upper-cased, trust types once each in their own order', () => {
    expect(roundTrip('product=p1&icb=qmj&type=Specialist&type=acute&type=specialist')).toBe(
      'product=p1&icb=QMJ&type=acute&type=specialist',
    );
  });

  it('sends no filter when nothing narrows the comparison', () => {
    expect(toBenchmarkInput(parse('by=category&category=epr'))).toEqual({
      category: 'EPR',
      pricingUnit: 'PER_USER',
    });
  });

  it('says which parts of the address mean nothing, in words, and compares nothing', () => {
    const view = parse('product=p1&type=hospital&in-force-on=2026-02-30&signed-after=1/4/2024');
    expect(view.problems).toEqual([
      '“hospital” is not a type of trust. Use acute, ambulance, community, mental-health, specialist, not-established.',
      '“2026-02-30” (in-force-on) is not a date. Write dates like 2027-03-31.',
      '“1/4/2024” (signed-after) is not a date. Write dates like 2027-03-31.',
    ]);
    expect(view).toMatchObject({ trustTypes: [], activeOn: '', signedAfter: '' });
  });

  it('drops the filters and keeps the rest: the way back to every trust’s prices', () => {
    const view = parse(
      'product=p1&unit=per-bed&region=Y56&icb=QMJ&type=acute&in-force-on=2026-04-01&sort=quantity',
    );
    expect(toCompareParams(withoutFilters(view)).toString()).toBe('product=p1&unit=per-bed&sort=quantity');
  });
});

describe('readFilterDates', () => {
  const today = '2026-11-23';
  const typed = (activeOn = emptyDate, signedAfter = emptyDate) => ({ activeOn, signedAfter });

  it('gives the address’s dates, and nothing for empty boxes', () => {
    expect(
      readFilterDates(
        typed({ day: '1', month: '4', year: '2026' }, { day: '31', month: '3', year: '2024' }),
        today,
      ),
    ).toEqual({ dates: { activeOn: '2026-04-01', signedAfter: '2024-03-31' }, problems: {} });
    expect(readFilterDates(typed(), today)).toEqual({
      dates: { activeOn: '', signedAfter: '' },
      problems: {},
    });
  });

  it('says what is wrong with each date in the NHS design system’s words', () => {
    expect(
      readFilterDates(
        typed({ day: '30', month: '2', year: '2026' }, { day: '1', month: '', year: '' }),
        today,
      ).problems,
    ).toEqual({
      activeOn: 'The date in force must be a real date',
      signedAfter: 'The start date must include a month and year',
    });
    expect(readFilterDates(typed({ day: '1', month: '4', year: '26' }), today).problems).toEqual({
      activeOn: 'Year must include 4 numbers',
    });
  });

  it('refuses a start limit after the day in force (today when none is given): it could find nothing', () => {
    expect(
      readFilterDates(typed(emptyDate, { day: '24', month: '11', year: '2026' }), today).problems,
    ).toEqual({
      signedAfter: 'The start date must be on or before today, 23 Nov 2026',
    });
    expect(
      readFilterDates(
        typed({ day: '1', month: '4', year: '2025' }, { day: '2', month: '4', year: '2025' }),
        today,
      ).problems,
    ).toEqual({ signedAfter: 'The start date must be on or before the date in force, 1 Apr 2025' });
    expect(
      readFilterDates(
        typed({ day: '1', month: '4', year: '2025' }, { day: '1', month: '4', year: '2025' }),
        today,
      ).problems,
    ).toEqual({});
  });
});
