import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { ComplianceViewsService } from './compliance-views.service.js';
import {
  ComplianceAttention,
  ComplianceAttentionInput,
  ComplianceCoverage,
  ComplianceMatrix,
  ComplianceMatrixInput,
  ComplianceNotice,
  Estate,
  EstateInput,
} from './compliance-views.types.js';

@Resolver()
export class ComplianceViewsResolver {
  @Query(() => ComplianceMatrix, {
    description:
      'Trusts (or products) against standards, a cell each. Public: verified declarations count; central users may include unverified ones.',
  })
  complianceMatrix(
    @Arg('input', () => ComplianceMatrixInput, {
      nullable: true,
      description: 'Which subjects and standards.',
    })
    input: ComplianceMatrixInput | null,
    @Ctx() ctx: Context,
  ) {
    return new ComplianceViewsService(ctx).matrix(input ?? {});
  }

  @Query(() => [ComplianceCoverage], {
    description:
      'How the trusts chosen stand against each organisation standard: nationally, then by region, then by ICB. Public, on verified declarations unless a central user includes unverified ones.',
  })
  complianceCoverage(
    @Arg('input', () => ComplianceMatrixInput, { nullable: true, description: 'Which trusts and standards.' })
    input: ComplianceMatrixInput | null,
    @Ctx() ctx: Context,
  ) {
    return new ComplianceViewsService(ctx).coverage(input ?? {});
  }

  @Query(() => Estate, {
    nullable: true,
    description:
      'A trust’s systems (product versions on its contracts in force) against product standards, from their suppliers’ declarations: its own users and central users only. Null for an unknown trust.',
  })
  estate(
    @Arg('input', () => EstateInput, { description: 'The trust, and which gaps.' }) input: EstateInput,
    @Ctx() ctx: Context,
  ) {
    return new ComplianceViewsService(ctx).estate(input);
  }

  @Query(() => ComplianceAttention, {
    description:
      'Overdue remediation plans and declarations lapsing soon: nationally, for a region or an ICB (central users), or for one trust (its users and central users).',
  })
  complianceAttention(
    @Arg('input', () => ComplianceAttentionInput, { description: 'Whose, and how far ahead.' })
    input: ComplianceAttentionInput,
    @Ctx() ctx: Context,
  ) {
    return new ComplianceViewsService(ctx).attention(input);
  }

  @Authorized()
  @Query(() => [ComplianceNotice], {
    description:
      'What needs your organisation’s attention: its declarations lapsing soon, lapsed, overdue or rejected (a trust’s own; a supplier’s products’), the most urgent first, at most 100.',
  })
  complianceNotices(
    @Arg('withinDays', () => Int, {
      nullable: true,
      description: 'Days ahead for “lapsing soon”, 1 to 365 (90).',
    })
    withinDays: number | null,
    @Ctx() ctx: Context,
  ) {
    return new ComplianceViewsService(ctx).notices(withinDays ?? 90);
  }
}
