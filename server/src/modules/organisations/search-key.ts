/**
 * Folds text for search: lower case, accents removed, apostrophes dropped and any other
 * punctuation turned into a space, so "St Mary's" and "st marys" meet.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function organisationSearchKey(name: string, odsCode: string): string {
  return `${foldForSearch(odsCode)} ${foldForSearch(name)}`;
}
