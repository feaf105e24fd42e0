import { describe, expect, it } from 'vitest';
import { buildMatchIndex, companiesHouseKey, matchByNameOrNumber, nameKey } from '../company-match.js';

describe('nameKey', () => {
  it.each([
    ['Meridian Health Ltd.', 'meridian health'],
    ['MERIDIAN HEALTH LIMITED', 'meridian health'],
    ['meridian health', 'meridian health'],
    ['  Meridian   Health  PLC ', 'meridian health'],
    ['Meridian Health LLP', 'meridian health'],
    ['Meridian-Health (Ltd)', 'meridian health'],
    ['Smith & Nephew', 'smith and nephew'],
    ['Smith ＆ Nephew', 'smith and nephew'],
    ['Café Systèmes Ltd', 'cafe systemes'],
    ["St Mary's Software", 'st marys software'],
    ['Limited Edition Software Ltd', 'limited edition software'],
    ['UK Health Ltd', 'uk health'],
    ['Health Systems UK', 'health systems uk'],
    ['Health Systems UK Limited', 'health systems uk'],
    ['Limited', 'limited'],
  ])('%j → %j', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });
});

describe('companiesHouseKey', () => {
  it.each([
    ['01234567', '01234567'],
    ['1234567', '01234567'],
    ['123', '00000123'],
    [' sc 123456 ', 'SC123456'],
    ['OC301234', 'OC301234'],
    ['123456789', null],
    ['SC12345', null],
    ['S1234567', null],
    ['AB-123456', null],
    ['00000000', null],
    ['', null],
    [null, null],
  ])('%j → %j', (value, key) => {
    expect(companiesHouseKey(value)).toBe(key);
  });
});

describe('matchByNameOrNumber', () => {
  const meridian = { id: 'meridian', name: 'Meridian Health Systems Ltd', companiesHouseNumber: '04512345' };
  const brightwater = {
    id: 'brightwater',
    name: 'Brightwater Clinical Software Ltd',
    companiesHouseNumber: 'SC612345',
  };
  const northA = { id: 'north-a', name: 'North Digital Ltd', companiesHouseNumber: '07000001' };
  const northB = { id: 'north-b', name: 'NORTH DIGITAL LIMITED', companiesHouseNumber: '07000002' };
  const product = { id: 'epr', name: 'Meridian EPR' };
  const index = buildMatchIndex([meridian, brightwater, northA, northB, product]);

  it.each([
    ['the number', { name: null, companiesHouseNumber: '04512345' }, meridian, 'NUMBER'],
    [
      'a number missing its leading zero',
      { name: null, companiesHouseNumber: '4512345' },
      meridian,
      'NUMBER',
    ],
    [
      'the number over another company’s name',
      { name: 'Brightwater Clinical Software', companiesHouseNumber: '04512345' },
      meridian,
      'NUMBER',
    ],
    [
      'the name, whatever its case, punctuation and Ltd',
      { name: 'meridian health systems limited.', companiesHouseNumber: null },
      meridian,
      'NAME',
    ],
    [
      'the name when the number is not valid',
      { name: 'Brightwater Clinical Software', companiesHouseNumber: 'not known' },
      brightwater,
      'NAME',
    ],
    [
      'a product name without a number',
      { name: 'MERIDIAN EPR', companiesHouseNumber: null },
      product,
      'NAME',
    ],
    [
      'a name whose record has no number, with an unknown number',
      { name: 'Meridian EPR', companiesHouseNumber: '09999999' },
      product,
      'NAME',
    ],
  ] as const)('matches by %s', (_, wanted, match, by) => {
    expect(matchByNameOrNumber(wanted, index)).toEqual({ kind: 'matched', match, by });
  });

  it('finds nothing for an unknown name and number', () => {
    expect(matchByNameOrNumber({ name: 'Nobody Ltd', companiesHouseNumber: '09999999' }, index)).toEqual({
      kind: 'none',
    });
    expect(matchByNameOrNumber({ name: null, companiesHouseNumber: null }, index)).toEqual({ kind: 'none' });
    expect(matchByNameOrNumber({ name: ' ... ', companiesHouseNumber: null }, index)).toEqual({
      kind: 'none',
    });
  });

  it('leaves a name shared by two records to a person', () => {
    expect(matchByNameOrNumber({ name: 'North Digital', companiesHouseNumber: null }, index)).toEqual({
      kind: 'ambiguous',
      candidates: [northA, northB],
    });
  });

  it('settles a shared name by the number', () => {
    expect(matchByNameOrNumber({ name: 'North Digital', companiesHouseNumber: '7000002' }, index)).toEqual({
      kind: 'matched',
      match: northB,
      by: 'NUMBER',
    });
  });

  it('does not take a name match whose number differs from the file’s', () => {
    expect(
      matchByNameOrNumber({ name: 'Meridian Health Systems', companiesHouseNumber: '09999999' }, index),
    ).toEqual({
      kind: 'ambiguous',
      candidates: [meridian],
    });
  });
});
