import { registerEnumType } from 'type-graphql';

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Order of a sorted list.',
  valuesConfig: {
    ASC: { description: 'Ascending: A to Z, smallest first.' },
    DESC: { description: 'Descending: Z to A, largest first.' },
  },
});

export const toQueryOrder = (direction: SortDirection) =>
  (direction === SortDirection.ASC ? 'asc' : 'desc') as 'asc' | 'desc';
