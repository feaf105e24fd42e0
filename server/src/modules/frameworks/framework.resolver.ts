import { quote, PricingError } from '@concord/pricing';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../core/context.js';
import { badInput } from '../../core/errors.js';
import { gbp, Money } from '../../core/money.js';
import { ProductVersion } from '../catalogue/product.entity.js';
import { PricingUnit } from '../catalogue/catalogue.enums.js';
import { Role } from '../identity/role.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Standard } from '../standards/standard.entity.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { CataloguePrice } from './catalogue-price.entity.js';
import { FrameworkAmendment } from './framework-amendment.entity.js';
import { Framework } from './framework.entity.js';
import { FrameworkStatus } from './framework.enums.js';
import { effectiveStatus, FrameworkService, viewerOwns } from './framework.service.js';
import {
  AmendFrameworkInput,
  CreateFrameworkInput,
  FrameworkConnection,
  FrameworkPayload,
  FrameworksArgs,
  FrameworkVersionInput,
  PriceQuote,
  PriceTier,
  UpdateFrameworkInput,
  WithdrawFrameworkInput,
} from './framework.types.js';
import { LotAward } from './lot-award.entity.js';
import { Lot } from './lot.entity.js';

@ObjectType({ description: 'The new draft framework, or why nothing was saved.' })
export class CreateFrameworkPayload extends FrameworkPayload {}
@ObjectType({ description: 'The saved draft, or why nothing was saved.' })
export class UpdateFrameworkPayload extends FrameworkPayload {}
@ObjectType({ description: 'The published framework, or why it was not published.' })
export class PublishFrameworkPayload extends FrameworkPayload {}
@ObjectType({ description: 'The withdrawn framework, or why it was not withdrawn.' })
export class WithdrawFrameworkPayload extends FrameworkPayload {}
@ObjectType({ description: 'The amended framework, or why nothing changed.' })
export class AmendFrameworkPayload extends FrameworkPayload {}

const central = [Role.CENTRAL_COMMERCIAL];

@Resolver(() => Framework)
export class FrameworkResolver {
  @Query(() => FrameworkConnection, {
    description:
      'The framework catalogue. Public: published, expired and withdrawn frameworks; drafts only to their owners.',
  })
  frameworks(@Args(() => FrameworksArgs) args: FrameworksArgs, @Ctx() ctx: Context) {
    return new FrameworkService(ctx).list(args);
  }

  @Query(() => Framework, {
    nullable: true,
    description: 'One framework by id or by reference; null if there is none you may see.',
  })
  framework(
    @Ctx() ctx: Context,
    @Arg('id', () => String, { nullable: true, description: 'The framework’s id.' }) id?: string | null,
    @Arg('reference', () => String, {
      nullable: true,
      description: 'Its reference, e.g. RM6221 (case is ignored).',
    })
    reference?: string | null,
  ) {
    return new FrameworkService(ctx).byIdOrReference(id, reference);
  }

  @Authorized(central)
  @Mutation(() => CreateFrameworkPayload, {
    description: 'Creates a draft framework owned by your central body. CENTRAL_COMMERCIAL.',
  })
  createFramework(
    @Arg('input', () => CreateFrameworkInput, { description: 'The draft.' }) input: CreateFrameworkInput,
    @Ctx() ctx: Context,
  ) {
    return new FrameworkService(ctx).create(input);
  }

  @Authorized(central)
  @Mutation(() => UpdateFrameworkPayload, {
    description:
      'Saves a draft whole (lots, awards, prices). Owner’s central users only; refused once published.',
  })
  updateFramework(
    @Arg('input', () => UpdateFrameworkInput, { description: 'The draft.' }) input: UpdateFrameworkInput,
    @Ctx() ctx: Context,
  ) {
    return new FrameworkService(ctx).update(input);
  }

  @Authorized(central)
  @Mutation(() => PublishFrameworkPayload, {
    description: 'Publishes a draft with lots, awards and prices. Owner’s central users only.',
  })
  publishFramework(
    @Arg('input', () => FrameworkVersionInput, { description: 'The framework.' })
    input: FrameworkVersionInput,
    @Ctx() ctx: Context,
  ) {
    return new FrameworkService(ctx).publish(input);
  }

  @Authorized(central)
  @Mutation(() => AmendFrameworkPayload, {
    description:
      'Records one amendment to a published framework (add a supplier, change a price, extend). Owner’s central users only.',
  })
  amendFramework(
    @Arg('input', () => AmendFrameworkInput, { description: 'The amendment.' }) input: AmendFrameworkInput,
    @Ctx() ctx: Context,
  ) {
    return new FrameworkService(ctx).amend(input);
  }

  @Authorized(central)
  @Mutation(() => WithdrawFrameworkPayload, {
    description: 'Withdraws a published framework, with a reason. Owner’s central users only.',
  })
  withdrawFramework(
    @Arg('input', () => WithdrawFrameworkInput, { description: 'The framework and why.' })
    input: WithdrawFrameworkInput,
    @Ctx() ctx: Context,
  ) {
    return new FrameworkService(ctx).withdraw(input);
  }

  @FieldResolver(() => FrameworkStatus, {
    description: 'Where it is in its life; EXPIRED follows from the end date.',
  })
  status(@Root() framework: Framework) {
    return effectiveStatus(framework);
  }

  @FieldResolver(() => Organisation, { description: 'The central body that owns it.' })
  owner(@Root() framework: Framework) {
    return framework.owner.load();
  }

  @FieldResolver(() => [Lot], { description: 'Its lots, by number.' })
  lots(@Root() framework: Framework, @Ctx() ctx: Context) {
    return ctx.loaders.lotsByFramework.load(framework.id);
  }

  @FieldResolver(() => [FrameworkAmendment], {
    description: 'Recorded amendments since publication, newest first.',
  })
  amendments(@Root() framework: Framework, @Ctx() ctx: Context) {
    return ctx.loaders.amendmentsByFramework.load(framework.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may edit it as a draft and publish it.' })
  viewerCanEdit(@Root() framework: Framework, @Ctx() ctx: Context) {
    return framework.status === FrameworkStatus.DRAFT && viewerOwns(ctx.viewer, framework);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may amend or withdraw it.' })
  viewerCanAmend(@Root() framework: Framework, @Ctx() ctx: Context) {
    return effectiveStatus(framework) === FrameworkStatus.PUBLISHED && viewerOwns(ctx.viewer, framework);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Where to download it as an OCDS 1.1 release package (path on this server); null for drafts.',
  })
  ocdsUrl(@Root() framework: Framework) {
    return framework.status === FrameworkStatus.DRAFT
      ? null
      : `/ocds/frameworks/${encodeURIComponent(framework.reference)}.json`;
  }
}

@Resolver(() => Lot)
export class LotResolver {
  @FieldResolver(() => [Standard], { description: 'Standards every product sold through the lot must meet.' })
  requiredStandards(@Root() lot: Lot, @Ctx() ctx: Context) {
    return ctx.loaders.standardsByLot.load(lot.id);
  }

  @FieldResolver(() => [LotAward], { description: 'Approved suppliers, by name.' })
  awards(@Root() lot: Lot, @Ctx() ctx: Context) {
    return ctx.loaders.awardsByLot.load(lot.id);
  }

  @FieldResolver(() => Framework, { description: 'The framework it belongs to.' })
  framework(@Root() lot: Lot) {
    return lot.framework.load();
  }
}

@Resolver(() => LotAward)
export class LotAwardResolver {
  @FieldResolver(() => Supplier, { description: 'The approved supplier.' })
  supplier(@Root() award: LotAward) {
    return award.supplier.load();
  }

  @FieldResolver(() => Lot, { description: 'The lot.' })
  lot(@Root() award: LotAward) {
    return award.lot.load();
  }

  @FieldResolver(() => [CataloguePrice], { description: 'Its ceiling prices, by product.' })
  prices(
    @Root() award: LotAward,
    @Ctx() ctx: Context,
    @Arg('includeReplaced', () => Boolean, {
      defaultValue: false,
      description: 'Also prices that have ended or were replaced by amendments.',
    })
    includeReplaced: boolean,
  ) {
    return (includeReplaced ? ctx.loaders.allPricesByAward : ctx.loaders.currentPricesByAward).load(award.id);
  }
}

@Resolver(() => CataloguePrice)
export class CataloguePriceResolver {
  @FieldResolver(() => Money, { description: 'Ceiling price of one unit (with bands: the first band’s).' })
  ceilingUnitPrice(@Root() price: CataloguePrice) {
    return gbp(price.ceilingUnitPrice);
  }

  @FieldResolver(() => [PriceTier], {
    nullable: true,
    description: 'Volume bands, in order; null for one price at any volume.',
  })
  tiers(@Root() price: CataloguePrice) {
    return price.tiers?.map((t) => ({ from: t.from, to: t.to, unitPrice: gbp(t.unitPrice) })) ?? null;
  }

  @FieldResolver(() => ProductVersion, { description: 'The product version priced.' })
  productVersion(@Root() price: CataloguePrice) {
    return price.productVersion.load();
  }

  @FieldResolver(() => LotAward, { description: 'The award it belongs to (supplier on a lot).' })
  award(@Root() price: CataloguePrice) {
    return price.award.load();
  }

  @FieldResolver(() => PriceQuote, {
    description: 'What a quantity costs over a term at this price (the shared calculator).',
  })
  quote(
    @Root() price: CataloguePrice,
    @Arg('quantity', () => Int, { description: 'Units (ignored for FIXED prices).' }) quantity: number,
    @Arg('termMonths', () => Int, { description: 'Term in months (1–600).' }) termMonths: number,
  ) {
    try {
      const q = quote(
        {
          billingPeriod: price.billingPeriod,
          perUnit: price.pricingUnit !== PricingUnit.FIXED,
          unitPrice: price.ceilingUnitPrice,
          tiers: price.tiers,
          tierCalculation: price.tierCalculation,
        },
        quantity,
        termMonths,
      );
      return {
        quantity,
        termMonths,
        chargePerPeriod: gbp(q.chargePerPeriod),
        totalCost: gbp(q.totalCost),
        annualCost: gbp(q.annualCost),
        effectiveAnnualUnitPrice: gbp(q.effectiveAnnualUnitPrice),
      };
    } catch (error) {
      if (error instanceof PricingError) throw badInput('quantity', error.message);
      throw error;
    }
  }
}
