import { badInput } from './errors.js';

export const MAX_SEARCH_LENGTH = 100;

/** The search text of a list filter, trimmed; refuses one too long to be a real search. */
export function searchText(value: string, argument = 'filter.search'): string {
  if (value.length > MAX_SEARCH_LENGTH) {
    throw badInput(argument, `"${argument}" must be at most ${MAX_SEARCH_LENGTH} characters.`);
  }
  return value.trim();
}

/** An ILIKE pattern matching `text` anywhere, with LIKE's own wildcards taken literally. */
export const containsPattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
