import { describe, expect, it } from 'vitest';
import {
  parseAttentionParams,
  parseEstateParams,
  parseProductMatrixParams,
  parseTrustMatrixParams,
  toAttentionInput,
  toAttentionParams,
  toEstateInput,
  toEstateParams,
  toProductMatrixInput,
  toProductMatrixParams,
  toTrustMatrixInput,
  toTrustMatrixParams,
} from './matrix-params';

const params = (text: string) => new URLSearchParams(text);

describe('the trusts matrix in the address', () => {
  it('reads region, ICB, trust types and the unverified choice, in any case', () => {
    expect(
      parseTrustMatrixParams(
        params('region=y56&icb=qmf&type=Acute&type=community&type=acute&unverified=INCLUDE'),
      ),
    ).toEqual({
      regionCode: 'Y56',
      icbCode: 'QMF',
      trustTypes: ['ACUTE', 'COMMUNITY'],
      includeUnverified: true,
      problems: [],
    });
  });

  it('reads an empty address as every trust, verified declarations only', () => {
    expect(parseTrustMatrixParams(params(''))).toEqual({
      regionCode: '',
      icbCode: '',
      trustTypes: [],
      includeUnverified: false,
      problems: [],
    });
  });

  it('says what it cannot use', () => {
    const view = parseTrustMatrixParams(params('type=hospice&unverified=yes'));
    expect(view.problems).toEqual([
      '“hospice” is not a type of trust. Use acute, ambulance, community, mental-health, specialist, not-established.',
      '“yes” (unverified) means nothing here. Use unverified=include, or leave it out.',
    ]);
    expect(view.includeUnverified).toBe(false);
  });

  it('writes a view back as the same address, defaults left out', () => {
    const text = 'region=Y56&icb=QMF&type=acute&type=mental-health&unverified=include';
    expect(toTrustMatrixParams(parseTrustMatrixParams(params(text))).toString()).toBe(text);
    expect(toTrustMatrixParams(parseTrustMatrixParams(params(''))).toString()).toBe('');
  });

  it('asks for unverified declarations only for a central user', () => {
    const view = parseTrustMatrixParams(params('region=Y56&type=acute&unverified=include'));
    expect(toTrustMatrixInput(view, { central: true })).toEqual({
      subjects: 'TRUSTS',
      regionCodes: ['Y56'],
      trustTypes: ['ACUTE'],
      includeUnverified: true,
    });
    expect(toTrustMatrixInput(view, { central: false })).toEqual({
      subjects: 'TRUSTS',
      regionCodes: ['Y56'],
      trustTypes: ['ACUTE'],
    });
  });
});

describe('the products matrix in the address', () => {
  it('reads and writes product categories', () => {
    const view = parseProductMatrixParams(params('category=PACS-RIS&category=epr'));
    expect(view.categories).toEqual(['EPR', 'PACS_RIS']);
    expect(toProductMatrixParams(view).toString()).toBe('category=epr&category=pacs-ris');
    expect(toProductMatrixInput(view, { central: false })).toEqual({
      subjects: 'PRODUCTS',
      productCategories: ['EPR', 'PACS_RIS'],
    });
  });

  it('refuses a category it does not know', () => {
    expect(parseProductMatrixParams(params('category=robots')).problems[0]).toMatch(
      /^“robots” is not a product category\. Use epr, /,
    );
  });
});

describe('the estate in the address', () => {
  it('shows only gaps unless the address says show=all', () => {
    expect(parseEstateParams(params(''))).toEqual({ gapsOnly: true, standardCodes: [], problems: [] });
    expect(parseEstateParams(params('show=all')).gapsOnly).toBe(false);
    expect(parseEstateParams(params('show=some')).problems).toEqual([
      '“some” (show) means nothing here. Use show=all, or leave it out for the gaps.',
    ]);
  });

  it('reads standard codes in upper case, once each, and writes them back', () => {
    const view = parseEstateParams(
      params('standard=fhir_uk_core&standard=FHIR_UK_CORE&standard=DICOM&show=all'),
    );
    expect(view.standardCodes).toEqual(['FHIR_UK_CORE', 'DICOM']);
    expect(toEstateParams(view).toString()).toBe('show=all&standard=FHIR_UK_CORE&standard=DICOM');
    expect(toEstateInput('RAL', view)).toEqual({
      odsCode: 'RAL',
      gapsOnly: false,
      standardCodes: ['FHIR_UK_CORE', 'DICOM'],
    });
    expect(toEstateInput('RAL', parseEstateParams(params('')))).toEqual({ odsCode: 'RAL', gapsOnly: true });
  });
});

describe('what needs attention in the address', () => {
  it('is national unless a region or an ICB is chosen; the ICB wins', () => {
    expect(parseAttentionParams(params(''))).toEqual({ scope: 'NATIONAL' });
    expect(parseAttentionParams(params('region=y56'))).toEqual({ scope: 'REGION', code: 'Y56' });
    expect(parseAttentionParams(params('region=Y56&icb=qmf'))).toEqual({ scope: 'ICB', code: 'QMF' });
    expect(toAttentionParams({ scope: 'ICB', code: 'QMF' }).toString()).toBe('icb=QMF');
    expect(toAttentionParams({ scope: 'NATIONAL' }).toString()).toBe('');
  });

  it('asks for the viewer’s own trust when they have one, whatever the address says', () => {
    expect(toAttentionInput({ scope: 'REGION', code: 'Y56' }, 'RAL')).toEqual({
      scope: 'ORGANISATION',
      code: 'RAL',
      withinDays: 90,
    });
    expect(toAttentionInput({ scope: 'REGION', code: 'Y56' }, null)).toEqual({
      scope: 'REGION',
      code: 'Y56',
      withinDays: 90,
    });
    expect(toAttentionInput({ scope: 'NATIONAL' }, null)).toEqual({ scope: 'NATIONAL', withinDays: 90 });
  });
});
