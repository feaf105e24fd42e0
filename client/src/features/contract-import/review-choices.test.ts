import { describe, expect, it } from 'vitest';
import {
  NONE,
  candidateHint,
  choicesInput,
  fixingInFile,
  missingChoices,
  reviewQuestion,
  reviewSummary,
  rowsInWords,
  savedChoices,
  serverErrors,
  type Review,
} from './review-choices';

const supplier: Review = {
  key: 'SUPPLIER||meridan health',
  kind: 'SUPPLIER',
  name: 'Meridan Health',
  context: null,
  rows: [2, 3],
  rowCount: 2,
  chosenId: null,
  candidates: [{ id: 'sup-1', name: 'Meridian Health Systems Ltd', detail: '04512345' }],
};
const product: Review = {
  key: 'PRODUCT|sup-1|meridian epr',
  kind: 'PRODUCT',
  name: 'Meridian EPR',
  context: 'Meridian Health Systems Ltd',
  rows: [4],
  rowCount: 1,
  chosenId: 'prod-2',
  candidates: [
    { id: 'prod-1', name: 'Meridian EPR Lite', detail: '1.0' },
    { id: 'prod-2', name: 'Meridian EPR', detail: '24.1, 24.2' },
  ],
};

describe('the review form', () => {
  it('starts from the choices the server saved', () => {
    expect(savedChoices([supplier, product])).toEqual({ [supplier.key]: '', [product.key]: 'prod-2' });
  });

  it('asks each question about the name as written, a product with its supplier', () => {
    expect(reviewQuestion(supplier)).toBe('Which supplier is “Meridan Health”?');
    expect(reviewQuestion(product)).toBe('Which product of Meridian Health Systems Ltd is “Meridian EPR”?');
    expect(candidateHint('SUPPLIER', '04512345')).toBe('Companies House number 04512345');
    expect(candidateHint('SUPPLIER', null)).toBe('No Companies House number recorded');
    expect(candidateHint('PRODUCT', '24.1, 24.2')).toBe('Versions: 24.1, 24.2');
  });

  it('says which rows use a name, and how many more there are than it lists', () => {
    expect(rowsInWords({ rows: [4], rowCount: 1 })).toBe('Used in row 4');
    expect(rowsInWords({ rows: [2, 3, 5], rowCount: 3 })).toBe('Used in rows 2, 3 and 5');
    expect(rowsInWords({ rows: [2, 3], rowCount: 31 })).toBe('Used in 31 rows, including rows 2, 3');
  });

  it('asks for a choice for every name, none of these included', () => {
    expect(missingChoices([supplier, product], savedChoices([supplier, product]))).toEqual({
      [supplier.key]: 'Choose which supplier “Meridan Health” is, or that none of these is right',
    });
    expect(missingChoices([supplier], { [supplier.key]: NONE })).toEqual({});
    // Where there is no file to correct (an OCDS package), only a record will do.
    expect(missingChoices([supplier], {}, { noneOffered: false })).toEqual({
      [supplier.key]: 'Choose which supplier “Meridan Health” is',
    });
  });

  it('links each name’s problem to its question in the error summary, the server’s others after', () => {
    expect(
      reviewSummary([supplier, product], { [product.key]: 'Choose which product' }, ['Try again']),
    ).toEqual([{ text: 'Choose which product', href: '#review-1' }, { text: 'Try again' }]);
  });

  it('sends every choice in order, none of these as no choice', () => {
    expect(
      choicesInput('imp-1', [supplier, product], { [supplier.key]: 'sup-1', [product.key]: NONE }),
    ).toEqual({
      id: 'imp-1',
      choices: [
        { key: supplier.key, chosenId: 'sup-1' },
        { key: product.key, chosenId: null },
      ],
    });
    expect(fixingInFile([supplier, product], { [supplier.key]: 'sup-1', [product.key]: NONE })).toEqual([
      product,
    ]);
  });

  it('puts the server’s reasons beside the name their path points at', () => {
    const errors = serverErrors(
      [
        {
          field: ['choices', '1', 'chosenId'],
          code: 'INVALID',
          message: 'Choose one of the records offered.',
        },
        { field: ['id'], code: 'INVALID', message: 'This file has already been imported.' },
      ],
      [supplier, product],
    );
    expect(errors).toEqual({
      byKey: { [product.key]: 'Choose one of the records offered.' },
      other: ['This file has already been imported.'],
    });
  });
});
