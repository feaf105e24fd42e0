import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { policy } from '../../core/auth/policy.js';
import type { Context } from '../../core/context.js';
import { AUDIT_READERS } from '../audit/audit.resolver.js';
import { BENCHMARK_READERS } from '../compare/benchmark.service.js';
import { CONTRACT_READERS, CONTRACT_RECORDERS } from '../contracts/contract.resolver.js';
import { DECLARERS, VERIFIERS } from '../compliance/compliance.service.js';
import { Role } from './role.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { IdentityService } from './identity.service.js';
import {
  Me,
  SignInInput,
  SignInPayload,
  SignOutPayload,
  SwitchMembershipInput,
  SwitchMembershipPayload,
} from './identity.types.js';
import { Membership } from './membership.entity.js';

@Resolver()
export class IdentityResolver {
  @Query(() => Me, { nullable: true, description: 'The signed-in user; null for anonymous visitors.' })
  me(@Ctx() ctx: Context) {
    return new IdentityService(ctx).me();
  }

  @Mutation(() => SignInPayload, {
    description: 'Signs in with email and password and sets the session cookie.',
  })
  signIn(
    @Arg('input', () => SignInInput, { description: 'Credentials.' }) input: SignInInput,
    @Ctx() ctx: Context,
  ) {
    return new IdentityService(ctx).signIn(input);
  }

  @Mutation(() => SignOutPayload, { description: 'Ends the current session and clears its cookie.' })
  signOut(@Ctx() ctx: Context) {
    return new IdentityService(ctx).signOut();
  }

  @Authorized()
  @Mutation(() => SwitchMembershipPayload, {
    description: 'Acts in another of your memberships from now on.',
  })
  switchMembership(
    @Arg('input', () => SwitchMembershipInput, { description: 'The membership to act in.' })
    input: SwitchMembershipInput,
    @Ctx() ctx: Context,
  ) {
    return new IdentityService(ctx).switchMembership(input.membershipId);
  }
}

@Resolver(() => Me)
export class MeResolver {
  @FieldResolver(() => Boolean, {
    description: 'Whether the viewer may create users and manage memberships.',
  })
  viewerCanManageUsers(@Ctx() ctx: Context) {
    return policy.can(ctx.viewer, [Role.ADMIN]);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may read the audit trail.' })
  viewerCanReadAuditTrail(@Ctx() ctx: Context) {
    return policy.can(ctx.viewer, AUDIT_READERS);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the viewer may create frameworks (owned by the central body they act for).',
  })
  viewerCanCreateFrameworks(@Ctx() ctx: Context) {
    return policy.can(ctx.viewer, [Role.CENTRAL_COMMERCIAL]);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the viewer may add suppliers and curate the standards catalogue.',
  })
  viewerCanCurateCatalogue(@Ctx() ctx: Context) {
    return policy.can(ctx.viewer, [Role.CENTRAL_COMMERCIAL]);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the viewer may add products: central users for any supplier, a supplier for itself.',
  })
  viewerCanAddProducts(@Ctx() ctx: Context) {
    return policy.can(ctx.viewer, [Role.CENTRAL_COMMERCIAL, Role.SUPPLIER]);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the viewer may read a contract register: their trust’s, or (central users) every trust’s.',
  })
  viewerCanReadContracts(@Ctx() ctx: Context) {
    return policy.can(ctx.viewer, CONTRACT_READERS);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the viewer may record, import and edit contracts: their trust’s, or (central users) any trust’s.',
  })
  viewerCanRecordContracts(@Ctx() ctx: Context) {
    return policy.can(ctx.viewer, CONTRACT_RECORDERS);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the viewer may compare prices across trusts (benchmarks and savings).',
  })
  viewerCanComparePrices(@Ctx() ctx: Context) {
    return policy.can(ctx.viewer, BENCHMARK_READERS);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the viewer may declare compliance: for their trust (compliance users) or their products (suppliers).',
  })
  viewerCanDeclareCompliance(@Ctx() ctx: Context) {
    return policy.can(ctx.viewer, DECLARERS);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may verify or reject declarations.' })
  viewerCanVerifyDeclarations(@Ctx() ctx: Context) {
    return policy.can(ctx.viewer, VERIFIERS);
  }
}

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The organisation the role applies to; null for ADMIN (the whole system) and SUPPLIER.',
  })
  organisation(@Root() membership: Membership) {
    return membership.organisation?.load() ?? null;
  }

  @FieldResolver(() => Supplier, {
    nullable: true,
    description: 'The supplier a SUPPLIER membership acts for.',
  })
  supplier(@Root() membership: Membership) {
    return membership.supplier?.load() ?? null;
  }
}
