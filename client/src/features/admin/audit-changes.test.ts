import { describe, expect, it } from 'vitest';
import { changeRows } from './audit-changes';

describe('changeRows', () => {
  it('pairs each field before and after', () => {
    expect(changeRows({ before: { active: true }, after: { active: false, roles: ['ADMIN'] } })).toEqual([
      { field: 'active', before: 'true', after: 'false' },
      { field: 'roles', before: null, after: '["ADMIN"]' },
    ]);
  });

  it('copes with a created record and with no changes', () => {
    expect(changeRows({ before: null, after: { name: 'Priya' } })).toEqual([
      { field: 'name', before: null, after: 'Priya' },
    ]);
    expect(changeRows(null)).toEqual([]);
    expect(changeRows({ other: 1 })).toEqual([{ field: 'changes', before: null, after: '{"other":1}' }]);
  });
});
