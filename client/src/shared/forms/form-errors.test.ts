import { describe, expect, it } from 'vitest';
import { errorsFromServer, hasErrors, noErrors, summaryItems, topLevelFields } from './form-errors';

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

  it('says a message that belongs to no field once', () => {
    const errors = errorsFromServer(
      [
        { code: 'INVALID', field: null, message: 'Nope.' },
        { code: 'INVALID', field: ['id'], message: 'Nope.' },
      ],
      fieldOf,
    );
    expect(errors.form).toEqual(['Nope.']);
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
