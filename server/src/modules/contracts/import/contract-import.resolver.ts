import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../core/context.js';
import { CONTRACT_RECORDERS } from '../contract.resolver.js';
import { ContractImport } from './contract-import.entity.js';
import { ContractImportStatus } from './contract-import.enums.js';
import { ContractImportService, importProgress, interrupted } from './contract-import.service.js';
import {
  ChooseContractImportMatchesInput,
  CommitContractImportInput,
  ContractImportPayload,
  ImportMatchReview,
  ImportProblem,
  ImportProgress,
  ImportSummaryType,
  UploadContractRegisterInput,
} from './contract-import.types.js';

@Resolver(() => ContractImport)
export class ContractImportResolver {
  @Authorized(CONTRACT_RECORDERS)
  @Query(() => ContractImport, {
    nullable: true,
    description: 'A register import you (or your trust) started.',
  })
  contractImport(
    @Arg('id', () => String, { description: 'The import’s id.' }) id: string,
    @Ctx() ctx: Context,
  ) {
    return new ContractImportService(ctx).byId(id);
  }

  @Authorized(CONTRACT_RECORDERS)
  @Mutation(() => ContractImportPayload, {
    description:
      'Uploads a contract register as CSV text and runs the dry run: problems by row and column, names to review, and what importing would change. Saves no contract.',
  })
  async uploadContractRegister(
    @Arg('input', () => UploadContractRegisterInput, { description: 'The file.' })
    input: UploadContractRegisterInput,
    @Ctx() ctx: Context,
  ): Promise<ContractImportPayload> {
    return {
      contractImport: await new ContractImportService(ctx).upload(input.fileName, input.csv),
      userErrors: [],
    };
  }

  @Authorized(CONTRACT_RECORDERS)
  @Mutation(() => ContractImportPayload, {
    description: 'Chooses the records that names under review mean, and runs the dry run again.',
  })
  chooseContractImportMatches(
    @Arg('input', () => ChooseContractImportMatchesInput, { description: 'The choices.' })
    input: ChooseContractImportMatchesInput,
    @Ctx() ctx: Context,
  ) {
    return new ContractImportService(ctx).choose(input.id, input.choices);
  }

  @Authorized(CONTRACT_RECORDERS)
  @Mutation(() => ContractImportPayload, {
    description:
      'Imports a checked file: every change in one transaction, all or nothing. Returns at once with status IMPORTING; poll contractImport for progress.',
  })
  commitContractImport(
    @Arg('input', () => CommitContractImportInput, { description: 'The import.' })
    input: CommitContractImportInput,
    @Ctx() ctx: Context,
  ) {
    return new ContractImportService(ctx).commit(input.id);
  }

  @FieldResolver(() => ContractImportStatus, { description: 'Where the import is.' })
  async status(@Root() imp: ContractImport, @Ctx() ctx: Context): Promise<ContractImportStatus> {
    return (await interrupted(ctx.em, imp, ctx.config.database)) ? ContractImportStatus.FAILED : imp.status;
  }

  @FieldResolver(() => [ImportProblem], { description: 'The problems, by row (the first 5,000 at most).' })
  async problems(
    @Root() imp: ContractImport,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 100, description: 'How many (at most 1,000).' }) first: number,
  ) {
    await ctx.em.populate(imp, ['problems']);
    return imp.problems.slice(0, Math.max(0, Math.min(first, 1000)));
  }

  @FieldResolver(() => [ImportMatchReview], { description: 'Names that matched no record or several.' })
  reviews(@Root() imp: ContractImport) {
    return imp.reviews;
  }

  @FieldResolver(() => ImportSummaryType, {
    nullable: true,
    description: 'What importing does (or did); null while the file has problems.',
  })
  summary(@Root() imp: ContractImport) {
    if (!imp.summary) return null;
    const { contracts, lines } = imp.summary;
    return { contracts, lines, linesRemoved: lines.remove };
  }

  @FieldResolver(() => ImportProgress, {
    nullable: true,
    description: 'While IMPORTING: how far it has gone.',
  })
  progress(@Root() imp: ContractImport) {
    return importProgress(imp.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Where to download the problems as CSV (path on this server); null without problems.',
  })
  problemReportUrl(@Root() imp: ContractImport) {
    return imp.problemCount ? `/imports/contract-register/${imp.id}/problems.csv` : null;
  }
}
