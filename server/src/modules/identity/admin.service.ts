import { UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import { containsPattern, searchText } from '../../core/search.js';
import { isUuid } from '../../core/ids.js';
import type { EntityManager } from '@mikro-orm/sql';
import { policy } from '../../core/auth/policy.js';
import type { Context } from '../../core/context.js';
import { paginate, type ConnectionShape } from '../../core/pagination.js';
import { userError, type UserError } from '../../core/user-error.js';
import { recordAudit } from '../audit/audit.service.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { OrganisationKind } from '../organisations/organisation.enums.js';
import type {
  AddMembershipPayload,
  CreateUserInput,
  CreateUserPayload,
  MembershipInput,
  RemoveMembershipPayload,
  SetUserActivePayload,
  UsersArgs,
} from './admin.types.js';
import { normaliseEmail } from './identity.service.js';
import { Membership } from './membership.entity.js';
import { hashPassword, MIN_PASSWORD_LENGTH } from './password.js';
import { Role } from './role.js';
import { Session } from './session.entity.js';
import { EMAIL_MAX_LENGTH, User } from './user.entity.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type ResolvedMembership = { role: Role; organisation: Organisation | null; supplier?: Supplier };

/** Which kind of organisation each role is held at (ADMIN: none; SUPPLIER: a supplier instead). */
const ORGANISATION_KIND: Partial<Record<Role, OrganisationKind>> = {
  CENTRAL_COMMERCIAL: OrganisationKind.CENTRAL_BODY,
  TRUST_PROCUREMENT: OrganisationKind.TRUST,
  TRUST_COMPLIANCE: OrganisationKind.TRUST,
};

const describeUser = (user: User) => ({ email: user.email, name: user.name, active: user.active });

/** User and membership administration: ADMIN only, every change audited. */
export class AdminService {
  constructor(private readonly ctx: Context) {}

  private requireAdmin() {
    return policy.actingAs(this.ctx.viewer, [Role.ADMIN]);
  }

  users(args: UsersArgs): Promise<ConnectionShape<User>> {
    this.requireAdmin();
    const filter = args.filter ?? {};
    const where: FilterQuery<User>[] = [];
    if (filter.search != null) {
      const like = containsPattern(searchText(filter.search));
      where.push({ $or: [{ name: { $ilike: like } }, { email: { $ilike: like } }] });
    }
    if (filter.active != null) where.push({ active: filter.active });
    return paginate(this.ctx.em, User, args, {
      where: where.length ? { $and: where } : {},
      orderBy: { name: 'asc', id: 'asc' },
    });
  }

  user(id: string): Promise<User | null> {
    this.requireAdmin();
    return isUuid(id) ? this.ctx.em.findOne(User, { id }) : Promise.resolve(null);
  }

  async createUser(input: CreateUserInput): Promise<CreateUserPayload> {
    const viewer = this.requireAdmin();
    const email = normaliseEmail(input.email);
    const name = input.name.trim();
    const errors: UserError[] = [];
    if (!EMAIL.test(email))
      errors.push(userError('INVALID', 'Enter an email address like name@nhs.net.', ['email']));
    else if (email.length > EMAIL_MAX_LENGTH) {
      errors.push(
        userError('INVALID', `An email address has at most ${EMAIL_MAX_LENGTH} characters.`, ['email']),
      );
    }
    if (!name) errors.push(userError('INVALID', 'Enter the person’s full name.', ['name']));
    if (name.length > 200)
      errors.push(userError('INVALID', 'The name must be 200 characters or fewer.', ['name']));
    if (input.password.length < MIN_PASSWORD_LENGTH) {
      errors.push(
        userError('INVALID', `The password must be at least ${MIN_PASSWORD_LENGTH} characters.`, [
          'password',
        ]),
      );
    }
    const memberships = await this.resolveMemberships(
      this.ctx.em,
      input.memberships ?? [],
      ['memberships'],
      errors,
    );
    // Every problem at once, so the form can show them together.
    if (EMAIL.test(email) && (await this.ctx.em.count(User, { email }))) {
      errors.push(userError('CONFLICT', 'A user with that email address already exists.', ['email']));
    }
    if (errors.length) return { user: null, userErrors: errors };

    const passwordHash = await hashPassword(input.password);
    try {
      const user = await this.ctx.em.transactional(async (tx) => {
        const created = tx.create(User, { email, name, passwordHash });
        for (const m of memberships) {
          tx.create(Membership, {
            user: created,
            role: m.role,
            organisation: m.organisation,
            supplier: m.supplier ?? null,
          });
        }
        await tx.flush();
        recordAudit(tx, viewer, this.ctx.requestId, {
          action: 'createUser',
          entityType: 'User',
          entityId: created.id,
          after: {
            ...describeUser(created),
            memberships: memberships.map((m) => `${m.role}@${m.organisation?.odsCode ?? '-'}`),
          },
        });
        return created;
      });
      return { user, userErrors: [] };
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        return {
          user: null,
          userErrors: [userError('CONFLICT', 'A user with that email address already exists.', ['email'])],
        };
      }
      throw error;
    }
  }

  async addMembership(input: MembershipInput & { userId: string }): Promise<AddMembershipPayload> {
    const viewer = this.requireAdmin();
    const errors: UserError[] = [];
    const user = isUuid(input.userId) ? await this.ctx.em.findOne(User, { id: input.userId }) : null;
    if (!user) errors.push(userError('NOT_FOUND', 'There is no such user.', ['userId']));
    const [resolved] = await this.resolveMemberships(this.ctx.em, [input], [], errors);
    if (errors.length || !user || !resolved) return { membership: null, userErrors: errors };
    const existing = await this.ctx.em.count(Membership, {
      user,
      role: resolved.role,
      organisation: resolved.organisation ?? null,
      supplier: resolved.supplier ?? null,
    });
    if (existing) {
      return {
        membership: null,
        userErrors: [userError('CONFLICT', 'The user already holds that membership.')],
      };
    }
    const membership = await this.ctx.em.transactional(async (tx) => {
      const created = tx.create(Membership, {
        user,
        role: resolved.role,
        organisation: resolved.organisation,
        supplier: resolved.supplier ?? null,
      });
      await tx.flush();
      recordAudit(tx, viewer, this.ctx.requestId, {
        action: 'addMembership',
        entityType: 'Membership',
        entityId: created.id,
        after: {
          userId: user.id,
          role: created.role,
          organisation: resolved.organisation?.odsCode ?? null,
          supplierId: resolved.supplier?.id ?? null,
        },
      });
      return created;
    });
    return { membership, userErrors: [] };
  }

  async removeMembership(membershipId: string): Promise<RemoveMembershipPayload> {
    const viewer = this.requireAdmin();
    const membership = !isUuid(membershipId)
      ? null
      : await this.ctx.em.findOne(Membership, { id: membershipId }, { populate: ['organisation'] });
    if (!membership) {
      return {
        removedMembershipId: null,
        userErrors: [userError('NOT_FOUND', 'There is no such membership.', ['membershipId'])],
      };
    }
    if (membership.role === Role.ADMIN && membership.user.id === viewer.user.id) {
      return {
        removedMembershipId: null,
        userErrors: [
          userError('INVALID', 'You cannot remove your own ADMIN membership; ask another administrator.'),
        ],
      };
    }
    await this.ctx.em.transactional(async (tx) => {
      recordAudit(tx, viewer, this.ctx.requestId, {
        action: 'removeMembership',
        entityType: 'Membership',
        entityId: membership.id,
        before: {
          userId: membership.user.id,
          role: membership.role,
          organisation: membership.organisation?.getEntity().odsCode ?? null,
        },
      });
      await tx.nativeDelete(Membership, { id: membership.id });
    });
    return { removedMembershipId: membershipId, userErrors: [] };
  }

  async setActive(userId: string, active: boolean): Promise<SetUserActivePayload> {
    const viewer = this.requireAdmin();
    const user = isUuid(userId) ? await this.ctx.em.findOne(User, { id: userId }) : null;
    if (!user)
      return { user: null, userErrors: [userError('NOT_FOUND', 'There is no such user.', ['userId'])] };
    if (!active && user.id === viewer.user.id) {
      return {
        user: null,
        userErrors: [userError('INVALID', 'You cannot deactivate yourself.', ['userId'])],
      };
    }
    if (user.active === active) return { user, userErrors: [] };
    await this.ctx.em.transactional(async (tx) => {
      const before = describeUser(user);
      user.active = active;
      // A deactivated user's sessions end now, not when they next expire.
      if (!active) await tx.nativeDelete(Session, { user: user.id });
      recordAudit(tx, viewer, this.ctx.requestId, {
        action: active ? 'reactivateUser' : 'deactivateUser',
        entityType: 'User',
        entityId: user.id,
        before,
        after: describeUser(user),
      });
    });
    return { user, userErrors: [] };
  }

  /** Checks each requested membership's organisation fits its role; adds a user error for each that does not. */
  private async resolveMemberships(
    em: EntityManager,
    requested: MembershipInput[],
    path: string[],
    errors: UserError[],
  ): Promise<ResolvedMembership[]> {
    const resolved: ResolvedMembership[] = [];
    for (const [i, m] of requested.entries()) {
      const at =
        requested.length > 1 || path.length
          ? [...path, String(i), 'organisationOdsCode']
          : ['organisationOdsCode'];
      const code = m.organisationOdsCode?.trim().toUpperCase() || null;
      if (m.role === Role.SUPPLIER) {
        const supplierAt = [...at.slice(0, -1), 'supplierId'];
        const supplier =
          m.supplierId && isUuid(m.supplierId) ? await em.findOne(Supplier, { id: m.supplierId }) : null;
        if (code)
          errors.push(
            userError('INVALID', 'A supplier membership has no NHS organisation: leave it empty.', at),
          );
        else if (!supplier) errors.push(userError('NOT_FOUND', 'Choose the supplier.', supplierAt));
        else resolved.push({ role: m.role, organisation: null, supplier });
        continue;
      }
      if (m.supplierId) {
        errors.push(
          userError('INVALID', 'Only SUPPLIER memberships name a supplier.', [
            ...at.slice(0, -1),
            'supplierId',
          ]),
        );
        continue;
      }
      if (m.role === Role.ADMIN) {
        if (code)
          errors.push(
            userError('INVALID', 'ADMIN applies to the whole system: leave the organisation empty.', at),
          );
        else resolved.push({ role: m.role, organisation: null });
        continue;
      }
      const kind = ORGANISATION_KIND[m.role]!;
      const organisation = code ? await em.findOne(Organisation, { odsCode: code }) : null;
      if (!organisation) {
        errors.push(
          userError(
            'NOT_FOUND',
            code ? `No organisation has the ODS code ${code}.` : 'Choose the organisation.',
            at,
          ),
        );
      } else if (organisation.kind !== kind) {
        errors.push(
          userError(
            'INVALID',
            `${m.role} is held at ${kind === OrganisationKind.TRUST ? 'a trust' : 'a central body'}.`,
            at,
          ),
        );
      } else {
        resolved.push({ role: m.role, organisation });
      }
    }
    return resolved;
  }
}
