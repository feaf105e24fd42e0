import { policy } from '../../core/auth/policy.js';
import { isUuid } from '../../core/ids.js';
import type { Context } from '../../core/context.js';
import { userError } from '../../core/user-error.js';
import { recordAudit } from '../audit/audit.service.js';
import { ApiToken } from './api-token.entity.js';
import { Membership } from './membership.entity.js';
import { Role } from './role.js';
import { newToken, tokenHash } from './session-token.js';

const TOKEN_PREFIX = 'ccd_';

export type CreatedApiToken = {
  apiToken: ApiToken | null;
  token: string | null;
  userErrors: ReturnType<typeof userError>[];
};

/** API tokens: a user creates them for their own memberships; they or an ADMIN revoke them. */
export class ApiTokenService {
  constructor(private readonly ctx: Context) {}

  mine(): Promise<ApiToken[]> {
    const viewer = policy.signedIn(this.ctx.viewer);
    return this.ctx.em.find(ApiToken, { user: viewer.user }, { orderBy: { createdAt: 'desc', id: 'asc' } });
  }

  async create(input: { name: string; membershipId: string }): Promise<CreatedApiToken> {
    const viewer = policy.signedIn(this.ctx.viewer);
    const name = input.name.trim();
    if (!name || name.length > 100) {
      return {
        apiToken: null,
        token: null,
        userErrors: [
          userError('INVALID', 'Give the token a name of up to 100 characters, such as “Finance system”.', [
            'name',
          ]),
        ],
      };
    }
    const membership = isUuid(input.membershipId)
      ? await this.ctx.em.findOne(Membership, { id: input.membershipId, user: viewer.user })
      : null;
    if (!membership) {
      return {
        apiToken: null,
        token: null,
        userErrors: [userError('NOT_FOUND', 'You do not hold that membership.', ['membershipId'])],
      };
    }
    const token = `${TOKEN_PREFIX}${newToken()}`;
    const apiToken = await this.ctx.em.transactional(async (tx) => {
      const created = tx.create(ApiToken, {
        user: viewer.user,
        membership,
        name,
        tokenHash: tokenHash(token),
        prefix: token.slice(0, 10),
      });
      await tx.flush();
      recordAudit(tx, viewer, this.ctx.requestId, {
        action: 'createApiToken',
        entityType: 'ApiToken',
        entityId: created.id,
        after: { name, membershipId: membership.id, prefix: created.prefix },
      });
      return created;
    });
    return { apiToken, token, userErrors: [] };
  }

  async revoke(
    id: string,
  ): Promise<{ apiToken: ApiToken | null; userErrors: ReturnType<typeof userError>[] }> {
    const viewer = policy.signedIn(this.ctx.viewer);
    const apiToken = isUuid(id) ? await this.ctx.em.findOne(ApiToken, { id }) : null;
    const mayRevoke = apiToken && (apiToken.user.id === viewer.user.id || policy.can(viewer, [Role.ADMIN]));
    if (!apiToken || !mayRevoke) {
      return {
        apiToken: null,
        userErrors: [userError('NOT_FOUND', 'There is no such token of yours.', ['id'])],
      };
    }
    if (apiToken.revokedAt) return { apiToken, userErrors: [] };
    await this.ctx.em.transactional(async (tx) => {
      apiToken.revokedAt = new Date();
      recordAudit(tx, viewer, this.ctx.requestId, {
        action: 'revokeApiToken',
        entityType: 'ApiToken',
        entityId: apiToken.id,
        before: { revokedAt: null },
        after: { revokedAt: apiToken.revokedAt.toISOString() },
      });
      tx.persist(apiToken);
    });
    return { apiToken, userErrors: [] };
  }
}
