import { describe, expect, it } from 'vitest';
import { signInAs } from '../../../../test/catalogue.js';
import { useTestServer } from '../../../../test/test-server.js';
import type { Role } from '../role.js';

const server = useTestServer();

const QUERY = `{ me { viewerCanManageUsers viewerCanReadAuditTrail viewerCanCreateFrameworks viewerCanCurateCatalogue viewerCanAddProducts viewerCanReadContracts viewerCanRecordContracts viewerCanComparePrices viewerCanDeclareCompliance viewerCanVerifyDeclarations } }`;

describe('what the menu and buttons may offer (Me.viewerCan…)', () => {
  it.each<[Role, string | null, boolean[]]>([
    ['ADMIN', null, [true, true, false, false, false, false, false, false, false, false]],
    ['CENTRAL_COMMERCIAL', 'X24', [false, true, true, true, true, true, true, true, false, true]],
    ['TRUST_PROCUREMENT', 'RAL', [false, false, false, false, false, true, true, true, false, false]],
    ['TRUST_COMPLIANCE', 'RAL', [false, false, false, false, false, true, false, false, true, false]],
    ['SUPPLIER', null, [false, false, false, false, true, false, false, false, true, false]],
  ])('as %s', async (role, odsCode, expected) => {
    const client = await signInAs(server(), role, odsCode);
    const res = await client.gql<{ me: Record<string, boolean> }>(QUERY);
    expect(Object.values(res.data!.me)).toEqual(expected);
  });
});
