const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether `value` can be an id at all. Lookups check first: a malformed id is simply not found,
 * never a database error surfacing as an internal one.
 */
export const isUuid = (value: string): boolean => UUID.test(value);
