/** Moves focus to an element once the page has drawn it (after adding or removing a part of a form). */
export function focusSoon(id: string): void {
  setTimeout(() => document.getElementById(id)?.focus(), 0);
}
