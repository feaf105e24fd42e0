import { GraphQLLocalDate } from 'graphql-scalars';

/** A calendar date without time or zone, as `YYYY-MM-DD` (ISO 8601). Kept as a string end to end. */
export const LocalDate = GraphQLLocalDate;
