import { DomainError, ErrorCode } from '../errors.js';
import type { Role } from '../../modules/identity/role.js';
import type { Viewer } from './viewer.js';

export type SignedIn = Extract<Viewer, { kind: 'user' }>;

/**
 * Every authorisation decision is made here, called by services. Coarse rules (who may call an
 * operation at all) and fine ones (this trust's record) live side by side so they can be read,
 * reviewed and tested as one.
 */
export const policy = {
  /** The viewer must be signed in. */
  signedIn(viewer: Viewer): SignedIn {
    if (viewer.kind !== 'user') throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Sign in to do this.');
    return viewer;
  },

  /** The viewer must be acting in a membership with one of these roles. */
  actingAs(
    viewer: Viewer,
    roles: readonly Role[],
  ): SignedIn & { membership: NonNullable<SignedIn['membership']> } {
    const signedIn = policy.signedIn(viewer);
    const membership = signedIn.membership;
    if (!membership || !roles.includes(membership.role)) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'Your role does not allow this.');
    }
    return { ...signedIn, membership };
  },

  /** Whether the viewer could act in the given roles (for `viewerCan…` fields): never throws. */
  can(viewer: Viewer, roles: readonly Role[]): boolean {
    return viewer.kind === 'user' && viewer.membership !== null && roles.includes(viewer.membership.role);
  },
};

/**
 * type-graphql's checker for `@Authorized()` (signed in) and `@Authorized([roles])` on resolvers:
 * the coarse rule declared where the operation is, decided by the same policy.
 */
export const authChecker = ({ context }: { context: { viewer: Viewer } }, roles: Role[]): boolean => {
  if (roles.length === 0) policy.signedIn(context.viewer);
  else policy.actingAs(context.viewer, roles);
  return true;
};
