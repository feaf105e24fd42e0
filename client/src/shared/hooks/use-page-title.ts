import { useLayoutEffect } from 'react';

const service = 'Concord';

/** The document title for a title (or none, on the home page) and whether the page shows an error. */
export function pageTitle(title: string | null, options: { error?: boolean } = {}): string {
  const full = title ? `${title} – ${service}` : service;
  // The NHS pattern: a page showing an error says so first, so screen reader users hear it at once.
  return options.error ? `Error: ${full}` : full;
}

/** Sets the document title while the page is shown: `Organisations – Concord`. */
export function usePageTitle(title: string | null, options: { error?: boolean } = {}): void {
  const text = pageTitle(title, options);
  // In the commit that shows the page (not after it): the page and its title change together.
  useLayoutEffect(() => {
    document.title = text;
  }, [text]);
}
