import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../../core/user-error.js';
import { ContractImport } from './contract-import.entity.js';
import { MatchKind } from './contract-import.enums.js';

@ObjectType({ description: 'A problem in an imported file, by row and column.' })
export class ImportProblem {
  @Field(() => Int, {
    description: 'The row as a spreadsheet numbers it (the header is row 1); 0 for the whole file.',
  })
  row!: number;

  @Field(() => String, {
    nullable: true,
    description: 'The template column, or null for the whole row or file.',
  })
  column!: string | null;

  @Field(() => String, { description: 'What is wrong and what is expected.' })
  message!: string;
}

@ObjectType({ description: 'A record a name in the file could mean.' })
export class ImportMatchCandidate {
  @Field(() => ID, { description: 'The supplier’s or product’s id.' })
  id!: string;

  @Field(() => String, { description: 'Its name.' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Suppliers: the Companies House number; products: the versions.',
  })
  detail!: string | null;
}

@ObjectType({ description: 'A name in the file that matched no record or several: the importer chooses.' })
export class ImportMatchReview {
  @Field(() => MatchKind, { description: 'A supplier or a product.' })
  kind!: MatchKind;

  @Field(() => String, { description: 'Identifies the name; send it back with the choice.' })
  key!: string;

  @Field(() => String, { description: 'The name as the file writes it.' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Products: the supplier; suppliers: the Companies House number the file gives.',
  })
  context!: string | null;

  @Field(() => [Int], { description: 'The first rows that use it.' })
  rows!: number[];

  @Field(() => Int, { description: 'How many rows use it.' })
  rowCount!: number;

  @Field(() => [ImportMatchCandidate], {
    description: 'The records it may mean (several alike, or the nearest names when none matched).',
  })
  candidates!: ImportMatchCandidate[];

  @Field(() => ID, { nullable: true, description: 'The record chosen; null while undecided.' })
  chosenId!: string | null;
}

@ObjectType({ description: 'How many records an import creates, changes or leaves as they are.' })
export class ImportCounts {
  @Field(() => Int, { description: 'New.' })
  create!: number;

  @Field(() => Int, { description: 'Changed.' })
  update!: number;

  @Field(() => Int, { description: 'Already as the file says: left alone.' })
  unchanged!: number;
}

@ObjectType({ description: 'What importing the file does.' })
export class ImportSummaryType {
  @Field(() => ImportCounts, { description: 'Contracts.' })
  contracts!: ImportCounts;

  @Field(() => ImportCounts, { description: 'Lines.' })
  lines!: ImportCounts;

  @Field(() => Int, { description: 'Lines of contracts in the file that the file no longer has: removed.' })
  linesRemoved!: number;
}

@ObjectType({ description: 'How far an import has gone.' })
export class ImportProgress {
  @Field(() => Int, { description: 'Contracts written so far.' })
  processed!: number;

  @Field(() => Int, { description: 'Contracts to write.' })
  total!: number;
}

@InputType({ description: 'Which record a name in the file means.' })
export class ImportChoiceInput {
  @Field(() => String, { description: 'The review’s key.' })
  key!: string;

  @Field(() => ID, { nullable: true, description: 'The chosen candidate’s id; null to undo a choice.' })
  chosenId!: string | null;
}

@InputType({
  description:
    'A contract register as CSV text (for files up to about 900 KB; larger files go to POST /imports/contract-register).',
})
export class UploadContractRegisterInput {
  @Field(() => String, { description: 'The file’s name, to recognise it later.' })
  fileName!: string;

  @Field(() => String, { description: 'The CSV text, in the template’s columns (docs/contract-import.md).' })
  csv!: string;
}

@InputType({ description: 'Choices for the names under review.' })
export class ChooseContractImportMatchesInput {
  @Field(() => ID, { description: 'The import.' })
  id!: string;

  @Field(() => [ImportChoiceInput], { description: 'One choice per name.' })
  choices!: ImportChoiceInput[];
}

@InputType({ description: 'An import ready to commit.' })
export class CommitContractImportInput {
  @Field(() => ID, { description: 'The import.' })
  id!: string;
}

@ObjectType({ description: 'The import, or why nothing was done.' })
export class ContractImportPayload {
  @Field(() => ContractImport, { nullable: true, description: 'The import as it now is.' })
  contractImport!: ContractImport | null;

  @Field(() => [UserError], { description: 'Why nothing was done; empty on success.' })
  userErrors!: UserError[];
}
