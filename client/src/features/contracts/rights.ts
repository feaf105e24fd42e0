import type { Role } from '../../gql/graphql';

type Acting = { activeMembership: { role: Role } | null } | null | undefined;

/**
 * Whether the viewer reads every trust's contracts and records them for any trust, so must name the
 * buyer, rather than their own trust's. Who may read or record at all is the server's answer
 * (`Me.viewerCanReadContracts`, `Me.viewerCanRecordContracts`); this only decides what to show.
 */
export const actsCentrally = (me: Acting) => me?.activeMembership?.role === 'CENTRAL_COMMERCIAL';
