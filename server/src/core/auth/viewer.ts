import type { ApiToken } from '../../modules/identity/api-token.entity.js';
import type { Membership } from '../../modules/identity/membership.entity.js';
import type { Session } from '../../modules/identity/session.entity.js';
import type { User } from '../../modules/identity/user.entity.js';

/**
 * Who is asking: nobody, or a user acting in (at most) one membership, through a browser session
 * or an API token (exactly one of the two).
 */
export type Viewer =
  | { kind: 'anonymous' }
  | { kind: 'user'; user: User; membership: Membership | null; session: Session; token: null }
  | { kind: 'user'; user: User; membership: Membership; session: null; token: ApiToken };

export const anonymous: Viewer = { kind: 'anonymous' };
