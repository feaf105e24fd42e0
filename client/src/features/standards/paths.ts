/** The address of a standard's page: `/standards/DCB0129`. */
export const standardPath = (code: string) => `/standards/${encodeURIComponent(code)}`;
