import type { Role } from '../../gql/graphql';

/**
 * Who may import a contract register: the server's rule (`contract-import.resolver.ts`, its
 * `importers`), from the role the viewer acts in, as the server has no `Me.viewerCan…` field for
 * imports yet. The server still checks every request: this only decides what to show.
 */
const importers: readonly Role[] = ['TRUST_PROCUREMENT', 'CENTRAL_COMMERCIAL'];

type Acting = { activeMembership: { role: Role } | null } | null | undefined;

/** Whether the viewer may import contracts: their own trust's, or (central users) any trust's. */
export const canImportContracts = (me: Acting) => importers.includes(me?.activeMembership?.role as Role);

/** Whether the viewer imports for any trust, and so must name the buyer on every row. */
export const importsForAnyTrust = (me: Acting) => me?.activeMembership?.role === 'CENTRAL_COMMERCIAL';
