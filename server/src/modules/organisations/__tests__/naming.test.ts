import { describe, expect, it } from 'vitest';
import { titleCase } from '../name-case.js';
import { TrustType } from '../organisation.enums.js';
import { foldForSearch, organisationSearchKey } from '../search-key.js';
import { trustTypeFromName } from '../trust-type.js';

describe('titleCase', () => {
  it.each([
    ["KING'S COLLEGE HOSPITAL NHS FOUNDATION TRUST", "King's College Hospital NHS Foundation Trust"],
    ["GUY'S AND ST THOMAS' NHS FOUNDATION TRUST", "Guy's and St Thomas' NHS Foundation Trust"],
    ['THE ROYAL MARSDEN NHS FOUNDATION TRUST', 'The Royal Marsden NHS Foundation Trust'],
    ['WESTON-SUPER-MARE', 'Weston-Super-Mare'],
    ['4TH FLOOR, EAST WING', '4th Floor, East Wing'],
    ['NHS Dorset Integrated Care Board', 'NHS Dorset Integrated Care Board'],
  ])('%s → %s', (input, expected) => {
    expect(titleCase(input)).toBe(expected);
  });
});

describe('search folding', () => {
  it('drops case, accents, apostrophes and punctuation', () => {
    expect(foldForSearch("  St. MÁRY'S  Hospital ")).toBe('st marys hospital');
    expect(organisationSearchKey("King's College", 'RJZ')).toBe('rjz kings college');
  });
});

describe('trust type from the name', () => {
  it.each([
    ['LONDON AMBULANCE SERVICE NHS TRUST', TrustType.AMBULANCE],
    ['BIRMINGHAM AND SOLIHULL MENTAL HEALTH NHS FOUNDATION TRUST', TrustType.MENTAL_HEALTH],
    ['CENTRAL LONDON COMMUNITY HEALTHCARE NHS TRUST', TrustType.COMMUNITY],
    // "COMMUNITY" beside "HOSPITAL" proves nothing: many acute trusts say both.
    ['BRIDGEWATER COMMUNITY HOSPITAL NHS TRUST', TrustType.NOT_ESTABLISHED],
    ['ROYAL FREE LONDON NHS FOUNDATION TRUST', TrustType.NOT_ESTABLISHED],
  ])('%s → %s', (name, expected) => {
    expect(trustTypeFromName(name)).toBe(expected);
  });
});
