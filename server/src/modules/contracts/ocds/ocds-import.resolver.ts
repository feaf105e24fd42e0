import { Arg, Authorized, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../../../core/context.js';
import { UserError } from '../../../core/user-error.js';
import { CONTRACT_RECORDERS } from '../contract.resolver.js';
import { Contract } from '../contract.entity.js';
import { ImportChoiceInput, ImportMatchReview } from '../import/contract-import.types.js';
import { OcdsImportService } from './ocds-import.service.js';

@InputType({ description: 'An OCDS 1.1 release or record package to import as draft contracts.' })
export class ImportOcdsPackageInput {
  @Field(() => String, { description: 'The file’s name.' })
  fileName!: string;

  @Field(() => String, {
    description: 'The package, as JSON text (as Contracts Finder and Find a Tender publish it).',
  })
  json!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Central users: the trust (ODS code) the contracts are for when the package’s buyer is not a trust Concord knows. Trust users import for their own trust.',
  })
  buyerOdsCode?: string | null;

  @Field(() => [ImportChoiceInput], {
    nullable: true,
    description: 'The suppliers meant by names that matched none or several (from `reviews`).',
  })
  choices?: ImportChoiceInput[] | null;
}

@ObjectType({ description: 'Draft contracts made from the package, or what to settle first.' })
export class ImportOcdsPackagePayload {
  @Field(() => [Contract], { description: 'The draft contracts made or updated: review and confirm them.' })
  contracts!: Contract[];

  @Field(() => [String], { description: 'What was skipped or guessed, and why.' })
  warnings!: string[];

  @Field(() => [ImportMatchReview], {
    description:
      'Supplier names to settle: when any has no choice, nothing was saved; send the choices again.',
  })
  reviews!: ImportMatchReview[];

  @Field(() => [UserError], { description: 'Why nothing was imported (e.g. the file is not valid OCDS).' })
  userErrors!: UserError[];
}

@Resolver()
export class OcdsImportResolver {
  @Authorized(CONTRACT_RECORDERS)
  @Mutation(() => ImportOcdsPackagePayload, {
    description:
      'Reads an OCDS 1.1 release package and saves its contracts as DRAFT contracts to review and confirm. Importing it again updates the same drafts.',
  })
  importOcdsPackage(
    @Arg('input', () => ImportOcdsPackageInput, { description: 'The package.' })
    input: ImportOcdsPackageInput,
    @Ctx() ctx: Context,
  ) {
    return new OcdsImportService(ctx).import(input);
  }
}
