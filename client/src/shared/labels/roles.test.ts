import { describe, expect, it } from 'vitest';
import { membershipLabel, roleLabels } from './roles';

describe('role labels', () => {
  it('names every role in sentence case', () => {
    for (const label of Object.values(roleLabels)) expect(label).toMatch(/^[A-Z][a-z ]+$/);
  });

  it('puts the organisation first, then the role', () => {
    expect(
      membershipLabel({
        role: 'TRUST_PROCUREMENT',
        organisation: { name: 'Royal Free London NHS Foundation Trust' },
      }),
    ).toBe('Royal Free London NHS Foundation Trust · Trust procurement');
  });

  it('says an administrator covers all organisations', () => {
    expect(membershipLabel({ role: 'ADMIN', organisation: null })).toBe('All organisations · Administrator');
  });
});
