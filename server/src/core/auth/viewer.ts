import type { Membership } from '../../modules/identity/membership.entity.js';
import type { Session } from '../../modules/identity/session.entity.js';
import type { User } from '../../modules/identity/user.entity.js';

/** Who is asking: nobody, or a signed-in user acting in (at most) one membership. */
export type Viewer =
  { kind: 'anonymous' } | { kind: 'user'; user: User; membership: Membership | null; session: Session };

export const anonymous: Viewer = { kind: 'anonymous' };
