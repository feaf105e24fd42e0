import { randomUUID } from 'node:crypto';
import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Organisation } from '../../organisations/organisation.entity.js';
import { ContractImportStatus } from './contract-import.enums.js';
import type { RowProblem } from './register-csv.js';

/** A name in the file that matched nothing or several records: the importer chooses. */
export type MatchReview = {
  kind: 'SUPPLIER' | 'PRODUCT';
  /** What identifies the name in the file: the same key always means the same choice. */
  key: string;
  /** The name as the file writes it. */
  name: string;
  /** For products: the supplier's name; for suppliers: the Companies House number given, if any. */
  context: string | null;
  /** Data rows that use the name (the first 20) and how many there are. */
  rows: number[];
  rowCount: number;
  /** Records it could be: several for an ambiguous name, the nearest ones for no match. */
  candidates: { id: string; name: string; detail: string | null }[];
  /** The importer's choice (a supplier or product id), or null while undecided. */
  chosenId: string | null;
};

export type ImportSummary = {
  contracts: { create: number; update: number; unchanged: number };
  lines: { create: number; update: number; unchanged: number; remove: number };
};

/**
 * A contract register file on its way in: uploaded, checked (the dry run), reviewed, imported.
 * The file itself is kept so the commit applies exactly what the dry run checked.
 */
@ObjectType({ description: 'A contract register file being imported: its dry run, review and import.' })
@Entity({ tableName: 'contract_import' })
@Index({ properties: ['actorUserId', 'createdAt'] })
export class ContractImport {
  [OptionalProps]?:
    | 'id'
    | 'organisation'
    | 'status'
    | 'rowCount'
    | 'problemCount'
    | 'problems'
    | 'reviews'
    | 'summary'
    | 'error'
    | 'importedAt'
    | 'createdAt'
    | 'updatedAt';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  actorUserId!: string;

  @Property({ type: 'uuid' })
  membershipId!: string;

  /** The trust the importer acts for; null for a central user (the file names each buyer). */
  @ManyToOne({ entity: () => Organisation, ref: true, nullable: true })
  organisation: Ref<Organisation> | null = null;

  @Field(() => String, { description: 'The file’s name as uploaded.' })
  @Property({ type: 'string', length: 255 })
  fileName!: string;

  /** The file as uploaded (UTF-8), gzipped: a 20 MB register is a few MB to store and read back. */
  @Property({ type: 'blob', lazy: true })
  content!: Buffer;

  @Enum({ items: () => ContractImportStatus })
  status: ContractImportStatus = 'NEEDS_FIXES';

  @Field(() => Int, { description: 'Data rows in the file.' })
  @Property({ type: 'integer' })
  rowCount: number = 0;

  @Field(() => Int, { description: 'Problems found by the dry run.' })
  @Property({ type: 'integer' })
  problemCount: number = 0;

  /** The problems found (the first 5,000; `problemCount` says how many in all). */
  @Property({ type: 'json', lazy: true })
  problems: RowProblem[] = [];

  @Property({ type: 'json' })
  reviews: MatchReview[] = [];

  @Property({ type: 'json', nullable: true })
  summary: ImportSummary | null = null;

  @Field(() => String, { nullable: true, description: 'Why the import stopped, if it did.' })
  @Property({ type: 'text', nullable: true })
  error: string | null = null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was imported.' })
  @Property({ type: 'datetime', nullable: true })
  importedAt: Date | null = null;

  @Field(() => GraphQLDateTime, { description: 'When the file was uploaded.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
