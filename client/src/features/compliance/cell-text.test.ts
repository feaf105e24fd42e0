import { describe, expect, it } from 'vitest';
import { cellsByColumn, cellText, cellTint, cellWords, matrixLegend, type CellFacts } from './cell-text';

const TODAY = '2026-12-02';
const cell = (facts: Partial<CellFacts> & Pick<CellFacts, 'state'>): CellFacts => ({
  verified: true,
  ...facts,
});

describe('cellText', () => {
  it.each<[string, CellFacts, string]>([
    ['a verified compliant declaration', cell({ state: 'COMPLIANT' }), 'Compliant (verified)'],
    [
      'one not yet verified (central users’ view)',
      cell({ state: 'COMPLIANT', verified: false }),
      'Compliant (not verified)',
    ],
    [
      'a level',
      cell({ state: 'COMPLIANT', level: 'STANDARDS_EXCEEDED' }),
      'Compliant, standards exceeded (verified)',
    ],
    [
      'a plan with its date',
      cell({ state: 'PLANNED', remediationDueOn: '2027-06-01' }),
      'Planned by 1 Jun 2027 (verified)',
    ],
    [
      'a partial one with its plan',
      cell({ state: 'PARTIAL', remediationDueOn: '2027-06-01', verified: false }),
      'Partly compliant, plan by 1 Jun 2027 (not verified)',
    ],
    [
      'a plan past its date',
      cell({ state: 'NON_COMPLIANT', remediationDueOn: '2026-10-01' }),
      'Not compliant, plan by 1 Oct 2026, overdue (verified)',
    ],
    [
      'a lapsed certificate',
      cell({ state: 'LAPSED', expiresOn: '2026-11-12' }),
      'Lapsed, expired 12 Nov 2026 (verified)',
    ],
    ['not applicable', cell({ state: 'NOT_APPLICABLE' }), 'Not applicable (verified)'],
    ['nothing declared', cell({ state: 'NOT_DECLARED', verified: false }), 'Not declared'],
    ['declared, not counted publicly', cell({ state: 'UNVERIFIED', verified: false }), 'Not verified'],
    ['rejected', cell({ state: 'REJECTED', verified: false }), 'Rejected'],
    [
      'accepted locally by the trust (estate)',
      cell({ state: 'PLANNED', remediationDueOn: '2027-03-31', verified: false, locallyAccepted: true }),
      'Planned by 31 Mar 2027 (not verified; accepted locally)',
    ],
  ])('says %s', (_, facts, text) => {
    expect(cellText(facts, TODAY)).toBe(text);
  });

  it('splits the state from the rest, so the state can be the link', () => {
    expect(cellWords(cell({ state: 'PLANNED', remediationDueOn: '2027-06-01' }), TODAY)).toEqual({
      label: 'Planned',
      detail: ' by 1 Jun 2027 (verified)',
    });
    expect(cellWords(cell({ state: 'NOT_DECLARED', verified: false }), TODAY)).toEqual({
      label: 'Not declared',
      detail: '',
    });
  });
});

describe('cellTint', () => {
  it('names a class for the state', () => {
    expect(cellTint('NON_COMPLIANT')).toBe('concord-heat--non-compliant');
    expect(cellTint('COMPLIANT')).toBe('concord-heat--compliant');
  });
});

describe('cellsByColumn', () => {
  it('puts cells in the columns’ order, null where a row has none', () => {
    const columns = [{ code: 'DICOM' }, { code: 'FHIR_UK_CORE' }, { code: 'MESH' }];
    expect(
      cellsByColumn(columns, [
        { standardCode: 'MESH', state: 'PLANNED' },
        { standardCode: 'DICOM', state: 'COMPLIANT' },
      ]),
    ).toEqual([
      { standardCode: 'DICOM', state: 'COMPLIANT' },
      null,
      { standardCode: 'MESH', state: 'PLANNED' },
    ]);
  });
});

describe('matrixLegend', () => {
  it('explains only the states the matrix can show', () => {
    expect(matrixLegend(false)).toContain('UNVERIFIED');
    expect(matrixLegend(false)).not.toContain('REJECTED');
    expect(matrixLegend(true)).toContain('REJECTED');
    expect(matrixLegend(true)).not.toContain('UNVERIFIED');
  });
});
