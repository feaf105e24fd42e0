import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../core/context.js';
import { related } from '../../core/loaders.js';
import { gbp, Money } from '../../core/money.js';
import { ProductVersion } from '../catalogue/product.entity.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { CataloguePrice } from '../frameworks/catalogue-price.entity.js';
import { LotAward } from '../frameworks/lot-award.entity.js';
import { Role } from '../identity/role.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { ContractLine } from './contract-line.entity.js';
import type { ContractLineRead } from './contract-line-reads.js';
import { Contract } from './contract.entity.js';
import { ChargeType, ContractStatus } from './contract.enums.js';
import { ContractService, effectiveStatus, viewerCanEdit } from './contract.service.js';
import {
  ContractConnection,
  ContractPayload,
  ContractsArgs,
  ContractVersionInput,
  CreateContractInput,
  DeleteContractPayload,
  EndContractEarlyInput,
  PriceObservation,
  UpdateContractInput,
} from './contract.types.js';

@ObjectType({ description: 'The new contract, or why nothing was saved.' })
export class CreateContractPayload extends ContractPayload {}
@ObjectType({ description: 'The saved contract, or why nothing was saved.' })
export class UpdateContractPayload extends ContractPayload {}
@ObjectType({ description: 'The confirmed contract, or why it was not confirmed.' })
export class ConfirmContractPayload extends ContractPayload {}
@ObjectType({ description: 'The contract ended early, or why nothing changed.' })
export class EndContractEarlyPayload extends ContractPayload {}

/** Who reads a contract register: their trust's (trust users) or every trust's (central users). */
export const CONTRACT_READERS = [Role.CENTRAL_COMMERCIAL, Role.TRUST_PROCUREMENT, Role.TRUST_COMPLIANCE];
/** Who records, imports and edits contracts: for their own trust, or (central users) any trust. */
export const CONTRACT_RECORDERS = [Role.CENTRAL_COMMERCIAL, Role.TRUST_PROCUREMENT];

@Resolver(() => Contract)
export class ContractResolver {
  @Authorized(CONTRACT_READERS)
  @Query(() => ContractConnection, {
    description: 'A contract register: your trust’s contracts (central users: every trust’s).',
  })
  contracts(@Args(() => ContractsArgs) args: ContractsArgs, @Ctx() ctx: Context) {
    return new ContractService(ctx).list(args);
  }

  @Authorized(CONTRACT_READERS)
  @Query(() => Contract, { nullable: true, description: 'One contract; null if there is none you may see.' })
  contract(@Arg('id', () => String, { description: 'The contract’s id.' }) id: string, @Ctx() ctx: Context) {
    return new ContractService(ctx).byId(id);
  }

  @Authorized(CONTRACT_RECORDERS)
  @Mutation(() => CreateContractPayload, {
    description: 'Records a contract with its lines. The trust’s procurement users, or central users.',
  })
  createContract(
    @Arg('input', () => CreateContractInput, { description: 'The contract.' }) input: CreateContractInput,
    @Ctx() ctx: Context,
  ) {
    return new ContractService(ctx).create(input);
  }

  @Authorized(CONTRACT_RECORDERS)
  @Mutation(() => UpdateContractPayload, { description: 'Saves a contract whole, with its lines.' })
  updateContract(
    @Arg('input', () => UpdateContractInput, { description: 'The contract.' }) input: UpdateContractInput,
    @Ctx() ctx: Context,
  ) {
    return new ContractService(ctx).update(input);
  }

  @Authorized(CONTRACT_RECORDERS)
  @Mutation(() => ConfirmContractPayload, {
    description: 'Confirms a draft (an imported one, say): it becomes ACTIVE and counts in comparisons.',
  })
  confirmContract(
    @Arg('input', () => ContractVersionInput, { description: 'The draft.' }) input: ContractVersionInput,
    @Ctx() ctx: Context,
  ) {
    return new ContractService(ctx).confirm(input);
  }

  @Authorized(CONTRACT_RECORDERS)
  @Mutation(() => EndContractEarlyPayload, {
    description: 'Ends an active contract before its end date, with a reason.',
  })
  endContractEarly(
    @Arg('input', () => EndContractEarlyInput, { description: 'The contract, its last day and why.' })
    input: EndContractEarlyInput,
    @Ctx() ctx: Context,
  ) {
    return new ContractService(ctx).endEarly(input);
  }

  @Authorized(CONTRACT_RECORDERS)
  @Mutation(() => DeleteContractPayload, {
    description: 'Deletes a draft contract. Signed ones are ended early instead.',
  })
  deleteContract(
    @Arg('input', () => ContractVersionInput, { description: 'The draft.' }) input: ContractVersionInput,
    @Ctx() ctx: Context,
  ) {
    return new ContractService(ctx).delete(input);
  }

  @FieldResolver(() => ContractStatus, {
    description: 'Where it is in its life; EXPIRED follows from the end date.',
  })
  status(@Root() contract: Contract) {
    return effectiveStatus(contract);
  }

  @FieldResolver(() => Organisation, { description: 'The trust that signed it.' })
  buyer(@Root() contract: Contract) {
    return contract.buyer.load();
  }

  @FieldResolver(() => Supplier, { description: 'The supplier.' })
  supplier(@Root() contract: Contract) {
    return contract.supplier.load();
  }

  @FieldResolver(() => LotAward, {
    nullable: true,
    description: 'For a call-off: the supplier’s award on the framework lot it was called off from.',
  })
  award(@Root() contract: Contract) {
    return contract.award?.load() ?? null;
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Total value over the whole term, as signed.' })
  totalValue(@Root() contract: Contract) {
    return contract.totalValue === null ? null : gbp(contract.totalValue);
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Expected annual saving or benefit.' })
  expectedAnnualBenefit(@Root() contract: Contract) {
    return contract.expectedAnnualBenefit === null ? null : gbp(contract.expectedAnnualBenefit);
  }

  @FieldResolver(() => [ContractLine], { description: 'Its lines, in order.' })
  lines(@Root() contract: Contract, @Ctx() ctx: Context) {
    return ctx.loaders.linesByContract.load(contract.id);
  }

  @FieldResolver(() => Money, {
    description: 'A year’s cost of all its lines (one-off charges spread over the term).',
  })
  async annualCost(@Root() contract: Contract, @Ctx() ctx: Context) {
    const lines = await ctx.loaders.linesByContract.load(contract.id);
    const pence = lines.reduce((sum, l) => sum + BigInt(l.annualCost.replace('.', '')), 0n);
    const text = pence.toString().padStart(3, '0');
    return gbp(`${text.slice(0, -2)}.${text.slice(-2)}`);
  }

  @FieldResolver(() => Boolean, { description: 'Whether any line is priced above its framework ceiling.' })
  async anyAboveCeiling(@Root() contract: Contract, @Ctx() ctx: Context) {
    return (await ctx.loaders.linesByContract.load(contract.id)).some((l) => l.aboveCeiling);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether you may edit it, end it early or (a draft) delete it.',
  })
  viewerCanEdit(@Root() contract: Contract, @Ctx() ctx: Context) {
    return viewerCanEdit(ctx.viewer, contract) && contract.status !== ContractStatus.TERMINATED;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Where it is published as an OCDS 1.1 release package (path on this server); null for drafts and PRIVATE contracts.',
  })
  ocdsUrl(@Root() contract: Contract) {
    return contract.status === ContractStatus.DRAFT || contract.priceVisibility === 'PRIVATE'
      ? null
      : `/ocds/contracts/${contract.id}.json`;
  }

  @FieldResolver(() => [AuditEvent], { description: 'Every recorded change, newest first.' })
  history(@Root() contract: Contract, @Ctx() ctx: Context) {
    return ctx.loaders.historyByContract.load(contract.id);
  }
}

@Resolver(() => ContractLine)
export class ContractLineResolver {
  @FieldResolver(() => ProductVersion, {
    nullable: true,
    description: 'The product version bought; null for a service.',
  })
  productVersion(@Root() line: ContractLineRead) {
    return line.productVersion ? related(line.productVersion) : null;
  }

  @FieldResolver(() => Money, { description: 'Unit price per billing period, before the discount.' })
  unitPrice(@Root() line: ContractLineRead) {
    return gbp(line.unitPrice);
  }

  @FieldResolver(() => CataloguePrice, {
    nullable: true,
    description: 'Call-offs: the framework price the line falls under (its ceiling).',
  })
  ceilingPrice(@Root() line: ContractLineRead) {
    return line.ceilingPrice ? related(line.ceilingPrice) : null;
  }

  @FieldResolver(() => PriceObservation, { description: 'The price normalised for comparison.' })
  observation(@Root() line: ContractLineRead): PriceObservation {
    return {
      chargeType: line.billingPeriod === 'ONE_OFF' ? ChargeType.ONE_OFF : ChargeType.RECURRING,
      netUnitPrice: gbp(line.netUnitPrice),
      annualUnitPrice: gbp(line.annualUnitPrice),
      oneOffUnitPrice: line.oneOffUnitPrice === null ? null : gbp(line.oneOffUnitPrice),
      annualCost: gbp(line.annualCost),
      totalCost: gbp(line.totalCost),
      ceilingAnnualUnitPrice: line.ceilingAnnualUnitPrice === null ? null : gbp(line.ceilingAnnualUnitPrice),
      aboveCeiling: line.aboveCeiling,
    };
  }
}
