/** Whether `text` is a whole http(s) address with no spaces, the only kind of link Concord stores. */
export function isHttpUrl(text: string): boolean {
  return /^https?:\/\/\S+$/i.test(text);
}
