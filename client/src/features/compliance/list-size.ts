/**
 * The most one page of a list may hold (the server's bound): a trust's or a product's declarations,
 * and the standards that apply, each fit in one. Sent as a variable, as every list page sends its size.
 */
export const WHOLE_LIST = 100;
