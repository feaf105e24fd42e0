import { policy } from '../../core/auth/policy.js';
import { isUuid } from '../../core/ids.js';
import type { Context } from '../../core/context.js';
import { userError } from '../../core/user-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type {
  Me,
  SignInInput,
  SignInPayload,
  SignOutPayload,
  SwitchMembershipPayload,
} from './identity.types.js';
import { Membership } from './membership.entity.js';
import { verifyPassword } from './password.js';
import { Session } from './session.entity.js';
import { startSession } from './session.service.js';
import { recordFailure, recordSuccess, secondsBlocked, throttleKeys } from './sign-in-throttle.js';
import { EMAIL_MAX_LENGTH, User } from './user.entity.js';

const INVALID_CREDENTIALS = 'The email address or password is not right.';

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export class IdentityService {
  constructor(private readonly ctx: Context) {}

  async me(): Promise<Me | null> {
    const viewer = this.ctx.viewer;
    if (viewer.kind !== 'user') return null;
    return this.describe(viewer.user, viewer.membership?.id ?? null);
  }

  async signIn(input: SignInInput): Promise<SignInPayload> {
    const { em, http } = this.ctx;
    const email = normaliseEmail(input.email);
    // No account has a longer address, and the throttle could not record one (its keys are short).
    if (email.length > EMAIL_MAX_LENGTH) {
      return {
        me: null,
        userErrors: [
          userError('INVALID', `An email address has at most ${EMAIL_MAX_LENGTH} characters.`, ['email']),
        ],
      };
    }
    const keys = throttleKeys(email, http.ipAddress);

    const wait = await secondsBlocked(em, keys);
    if (wait > 0) {
      return {
        me: null,
        userErrors: [
          userError(
            'TOO_MANY_ATTEMPTS',
            `Too many failed attempts. Try again in ${wait} second${wait === 1 ? '' : 's'}.`,
          ),
        ],
      };
    }

    const user = await em.findOne(User, { email }, { populate: ['passwordHash', 'memberships'] });
    const valid = await verifyPassword(user?.passwordHash ?? null, input.password);

    // Inside the transaction only `tx` may be used: the embedded database has a single connection.
    const outcome = await em.transactional(async (tx) => {
      if (!user || !valid || !user.active) {
        await recordFailure(tx, keys);
        recordAudit(tx, this.ctx.viewer, this.ctx.requestId, {
          action: 'signInFailed',
          entityType: 'User',
          entityId: user?.id ?? null,
          actorUserId: null,
        });
        return null;
      }
      await recordSuccess(tx, email);
      // Signing in again in the same browser replaces its session rather than leaving the old one live.
      const previous = this.ctx.viewer.kind === 'user' ? this.ctx.viewer.session : null;
      if (previous) await tx.nativeDelete(Session, { tokenHash: previous.tokenHash });
      user.lastSignedInAt = new Date();
      const started = startSession(tx, user, this.ctx.config.session, http);
      recordAudit(tx, this.ctx.viewer, this.ctx.requestId, {
        action: 'signIn',
        entityType: 'User',
        entityId: user.id,
        actorUserId: user.id,
      });
      return started;
    });
    if (!outcome || !user) {
      // The same words whether the email exists, the password is wrong or the account is inactive.
      return { me: null, userErrors: [userError('INVALID_CREDENTIALS', INVALID_CREDENTIALS)] };
    }
    http.setSessionCookie(outcome.token, outcome.expiresAt);
    return { me: await this.describe(user, outcome.session.activeMembership?.id ?? null), userErrors: [] };
  }

  async signOut(): Promise<SignOutPayload> {
    const viewer = this.ctx.viewer;
    this.ctx.http.clearSessionCookie();
    if (viewer.kind !== 'user' || !viewer.session) return { signedOut: false, userErrors: [] };
    const session = viewer.session;
    await this.ctx.em.transactional(async (tx) => {
      await tx.nativeDelete(Session, { tokenHash: session.tokenHash });
      recordAudit(tx, viewer, this.ctx.requestId, {
        action: 'signOut',
        entityType: 'User',
        entityId: viewer.user.id,
      });
    });
    return { signedOut: true, userErrors: [] };
  }

  async switchMembership(membershipId: string): Promise<SwitchMembershipPayload> {
    const viewer = policy.signedIn(this.ctx.viewer);
    if (!viewer.session) {
      return {
        me: null,
        userErrors: [userError('INVALID', 'An API token acts in the one membership it was created for.')],
      };
    }
    const session = viewer.session;
    const membership = isUuid(membershipId)
      ? await this.ctx.em.findOne(Membership, { id: membershipId, user: viewer.user })
      : null;
    if (!membership) {
      return {
        me: null,
        userErrors: [userError('NOT_FOUND', 'You do not hold that membership.', ['membershipId'])],
      };
    }
    await this.ctx.em.transactional(async (tx) => {
      await tx.nativeUpdate(Session, { tokenHash: session.tokenHash }, { activeMembership: membership.id });
      recordAudit(tx, viewer, this.ctx.requestId, {
        action: 'switchMembership',
        entityType: 'Session',
        entityId: null,
        before: { membershipId: viewer.membership?.id ?? null },
        after: { membershipId: membership.id },
      });
    });
    return { me: await this.describe(viewer.user, membership.id), userErrors: [] };
  }

  private async describe(user: User, activeMembershipId: string | null): Promise<Me> {
    const memberships = await this.ctx.em.find(
      Membership,
      { user },
      { populate: ['organisation'], orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    return {
      user,
      memberships,
      activeMembership: memberships.find((m) => m.id === activeMembershipId) ?? null,
    };
  }
}
