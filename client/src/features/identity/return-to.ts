const SIGN_IN_PATH = '/sign-in';

// Any origin will do: it only shows whether a value stays on the site it is resolved against.
const HERE = 'https://concord.invalid';

/**
 * Where to go after signing in: the `returnTo` parameter if it is a path on this site, else the
 * home page. A path starts with exactly one "/"; anything else could leave the site: another
 * origin (`https://…`, `javascript:…`), a protocol-relative address (`//…`), and the forms
 * browsers read as one (`/\…`, or `/<tab>/…` once they drop tabs and line breaks).
 */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || !/^\/(?![/\\])/.test(value)) return '/';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\s\u0000-\u001f\u007f\\]/.test(value)) return '/';
  let url: URL;
  try {
    url = new URL(value, HERE);
  } catch {
    return '/';
  }
  // Dot segments can still resolve to `//host` ("/.//host"): judge the path as it resolves.
  if (url.origin !== HERE || url.pathname.startsWith('//')) return '/';
  if (url.pathname === SIGN_IN_PATH) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page's address, coming back to `location` (a path with its query) afterwards. */
export function signInHref(location: string): string {
  const back = safeReturnTo(location);
  return back === '/' ? SIGN_IN_PATH : `${SIGN_IN_PATH}?${new URLSearchParams({ returnTo: back })}`;
}
