import type { Role } from '../../gql/graphql';

/**
 * Who may use the contract register. The server answers every other "may I" with a `Me.viewerCan…`
 * field; it has none for contracts yet, so these follow its policy (`readableContracts` and the
 * `createContract` rule) from the role the viewer acts in. The server still checks every request:
 * this only decides what to show. Replace with `Me.viewerCanReadContracts` and
 * `Me.viewerCanRecordContracts` once the server has them.
 */
const readers: readonly Role[] = ['TRUST_PROCUREMENT', 'TRUST_COMPLIANCE', 'CENTRAL_COMMERCIAL'];
const recorders: readonly Role[] = ['TRUST_PROCUREMENT', 'CENTRAL_COMMERCIAL'];

type Acting = { activeMembership: { role: Role } | null } | null | undefined;

/** Whether the viewer reads a register: their trust's (trust users) or every trust's (central users). */
export const canReadContracts = (me: Acting) => readers.includes(me?.activeMembership?.role as Role);

/** Whether the viewer records contracts: for their own trust, or (central users) for any trust. */
export const canRecordContracts = (me: Acting) => recorders.includes(me?.activeMembership?.role as Role);

/** Whether the viewer reads every trust's contracts and records them for any trust. */
export const actsCentrally = (me: Acting) => me?.activeMembership?.role === 'CENTRAL_COMMERCIAL';
