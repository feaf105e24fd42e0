import { describe, expect, it } from 'vitest';
import {
  cellStateColours,
  cellStateLabels,
  cellStateOf,
  complianceLevelLabel,
  declarableStatusOrder,
  declarationStatusColours,
  declarationStatusHints,
  declarationStatusLabels,
  subjectKindSlugs,
  verificationLabel,
  type ComplianceCellState,
} from './compliance';

const cellStates: ComplianceCellState[] = [
  'COMPLIANT',
  'PARTIAL',
  'NON_COMPLIANT',
  'PLANNED',
  'NOT_APPLICABLE',
  'LAPSED',
  'REJECTED',
  'UNVERIFIED',
  'NOT_DECLARED',
];

describe('compliance labels', () => {
  it('names every declaration status and table state in words, each once', () => {
    expect(declarationStatusLabels.NON_COMPLIANT).toBe('Not compliant');
    expect(declarationStatusLabels.LAPSED).toBe('Lapsed');
    expect(cellStateLabels.NOT_DECLARED).toBe('Not declared');
    expect(cellStateLabels.REJECTED).toBe('Rejected');
    const labels = cellStates.map((state) => cellStateLabels[state]);
    expect(new Set(labels).size).toBe(cellStates.length);
    for (const label of labels) expect(label).toMatch(/^[A-Z][a-z ]+$/);
  });

  it('gives every state a tag colour, lapsed and rejected apart from compliant', () => {
    for (const state of cellStates) expect(cellStateColours[state]).toBeTruthy();
    expect(declarationStatusColours.COMPLIANT).toBe('green');
    expect(cellStateColours.LAPSED).not.toBe('green');
    expect(cellStateColours.REJECTED).toBe('red');
  });

  it('offers every status but lapsed in the form, each with a hint', () => {
    expect(declarableStatusOrder).toEqual([
      'COMPLIANT',
      'PARTIAL',
      'NON_COMPLIANT',
      'PLANNED',
      'NOT_APPLICABLE',
    ]);
    for (const status of declarableStatusOrder) expect(declarationStatusHints[status]).toBeTruthy();
  });

  it('reads a level written as a code as words', () => {
    expect(complianceLevelLabel('STANDARDS_MET')).toBe('Standards met');
    expect(complianceLevelLabel('APPROACHING_STANDARDS')).toBe('Approaching standards');
    expect(complianceLevelLabel('Level 2')).toBe('Level 2');
  });

  it('puts a rejection above what was declared, and says when nobody has checked yet', () => {
    expect(cellStateOf({ status: 'COMPLIANT', verification: 'REJECTED' })).toBe('REJECTED');
    expect(cellStateOf({ status: 'LAPSED', verification: 'VERIFIED' })).toBe('LAPSED');
    expect(cellStateOf({ status: 'PLANNED', verification: null })).toBe('PLANNED');
    expect(verificationLabel(null)).toBe('Not yet verified');
    expect(verificationLabel('VERIFIED')).toBe('Verified');
  });

  it('writes what a declaration is about as readable address slugs', () => {
    expect(subjectKindSlugs).toEqual({ ORGANISATION: 'trust', PRODUCT: 'product' });
  });
});
