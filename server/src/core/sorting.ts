import { defineEnum, type EnumValue } from './graphql-enum.js';

export const SortDirection = defineEnum('SortDirection', 'Order of a sorted list.', {
  ASC: 'Ascending: A to Z, smallest first.',
  DESC: 'Descending: Z to A, largest first.',
});
export type SortDirection = EnumValue<typeof SortDirection>;

export const toQueryOrder = (direction: SortDirection): 'asc' | 'desc' =>
  direction === SortDirection.ASC ? 'asc' : 'desc';
