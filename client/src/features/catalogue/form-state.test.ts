import { describe, expect, it } from 'vitest';
import {
  errorsFromServer,
  hasErrors,
  noErrors,
  readDate,
  summaryItems,
  toDateParts,
  topLevelFields,
} from './form-state';

type Field = 'name' | 'website';
const fieldOf = topLevelFields<Field>(['name', 'website']);

describe('errorsFromServer', () => {
  it('puts each error on the field its path names, the first one winning', () => {
    const errors = errorsFromServer(
      [
        { code: 'INVALID', field: ['website'], message: 'Enter the website in full' },
        { code: 'CONFLICT', field: ['name'], message: 'Taken' },
        { code: 'INVALID', field: ['name'], message: 'Too long' },
      ],
      fieldOf,
    );
    expect(errors).toEqual({
      fields: { website: 'Enter the website in full', name: 'Taken' },
      form: [],
      stale: null,
    });
  });

  it('keeps errors on unknown or missing paths for the summary', () => {
    const errors = errorsFromServer(
      [
        { code: 'NOT_FOUND', field: ['id'], message: 'There is no such supplier.' },
        { code: 'CONFLICT', field: null, message: 'Clash' },
        { code: 'INVALID', field: ['name', '0'], message: 'Nested' },
      ],
      fieldOf,
    );
    expect(errors.fields).toEqual({});
    expect(errors.form).toEqual(['There is no such supplier.', 'Clash', 'Nested']);
  });

  it('sets a stale version apart, so the page can offer a reload', () => {
    const message = 'This supplier has changed since you loaded it (someone else saved it).';
    const errors = errorsFromServer(
      [{ code: 'STALE_VERSION', field: ['expectedRowVersion'], message }],
      fieldOf,
    );
    expect(errors).toEqual({ fields: {}, form: [], stale: message });
    expect(hasErrors(errors)).toBe(true);
  });
});

describe('summaryItems', () => {
  it('lists form errors, then field errors in the order of the form, linked to their fields', () => {
    const errors = {
      ...noErrors<Field>(),
      fields: { website: 'Bad website', name: 'No name' },
      form: ['Whole'],
    };
    expect(
      summaryItems(errors, [
        { field: 'name', id: 'name' },
        { field: 'website', id: 'website' },
      ]),
    ).toEqual([
      { text: 'Whole' },
      { text: 'No name', href: '#name' },
      { text: 'Bad website', href: '#website' },
    ]);
  });
});

describe('readDate', () => {
  const date = (day: string, month: string, year: string) => readDate({ day, month, year }, 'Release date');

  it('reads a real date as a LocalDate, padding day and month', () => {
    expect(date('1', '7', '2026')).toEqual({ value: '2026-07-01' });
    expect(date(' 29 ', '02', '2028')).toEqual({ value: '2028-02-29' });
  });

  it('treats three empty boxes as no date', () => {
    expect(date('', ' ', '')).toEqual({ value: null });
  });

  it('says which part is missing, in the NHS words', () => {
    expect(date('1', '', '2026')).toEqual({ error: 'Release date must include a month' });
    expect(date('', '', '2026')).toEqual({ error: 'Release date must include a day and month' });
  });

  it('refuses dates that do not exist or are not numbers', () => {
    for (const [d, m, y] of [
      ['31', '2', '2026'],
      ['29', '2', '2026'],
      ['1', '13', '2026'],
      ['one', '2', '2026'],
      ['1', '2', '26'],
      ['0', '2', '2026'],
    ] as const) {
      expect(date(d, m, y)).toEqual({ error: 'Release date must be a real date' });
    }
  });
});

describe('toDateParts', () => {
  it('shows a saved date in the boxes without leading zeros', () => {
    expect(toDateParts('2026-07-01')).toEqual({ day: '1', month: '7', year: '2026' });
    expect(toDateParts(null)).toEqual({ day: '', month: '', year: '' });
  });
});
