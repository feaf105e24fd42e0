import { defineEnum, type EnumValue } from '../../../core/graphql-enum.js';

export const ContractImportStatus = defineEnum('ContractImportStatus', 'Where a register import is.', {
  NEEDS_FIXES: 'The dry run found problems in the file: fix the rows and upload it again.',
  NEEDS_REVIEW: 'Some supplier or product names matched nothing or several records: choose which is meant.',
  READY: 'The dry run passed: importing will make the changes the summary lists.',
  IMPORTING: 'Being imported now.',
  IMPORTED: 'Imported: every change was saved together.',
  FAILED: 'The import stopped and saved nothing (see the error).',
});
export type ContractImportStatus = EnumValue<typeof ContractImportStatus>;

export const MatchKind = defineEnum('MatchKind', 'What a name in an imported file refers to.', {
  SUPPLIER: 'A supplier.',
  PRODUCT: 'A product of the row’s supplier.',
});
export type MatchKind = EnumValue<typeof MatchKind>;
