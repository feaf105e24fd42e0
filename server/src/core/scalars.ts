import { GraphQLError, GraphQLScalarType } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';

// PostgreSQL's calendar has no year 0: 0000-01-01 is a LocalDate to graphql-scalars, but saving it
// fails ("date/time field value out of range"), so it is refused as bad input where it is given.
function storable(value: string): string {
  if (value.startsWith('0000-')) {
    throw new GraphQLError(`Value is not a valid LocalDate: ${value}; the years start at 0001.`);
  }
  return value;
}

/** A calendar date without time or zone, as `YYYY-MM-DD` (ISO 8601). Kept as a string end to end. */
export const LocalDate = new GraphQLScalarType<string, string>({
  ...GraphQLLocalDate.toConfig(),
  parseValue: (value) => storable(GraphQLLocalDate.parseValue(value) as string),
  parseLiteral: (ast, variables) => storable(GraphQLLocalDate.parseLiteral(ast, variables) as string),
});
