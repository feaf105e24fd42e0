import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The app's Content-Security-Policy: its own scripts, styles and API only, and the NHS typeface
 * from the NHS's font host (its licence does not allow serving it ourselves); no plugins, no inline
 * script or style, never framed. The built client needs nothing more (Vite emits module scripts and
 * stylesheets; React sets styles through the DOM, which the policy allows).
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'https://assets.nhs.uk'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * GraphiQL (never served in production) injects its editors' styles and fonts and runs workers
 * from blobs: its page alone is allowed those.
 */
export const GRAPHIQL_CONTENT_SECURITY_POLICY =
  "default-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; img-src 'self' data:; " +
  "worker-src 'self' blob:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

/**
 * Headers every response carries (helmet): the policy above, `nosniff`, no framing, the referrer
 * kept to this site, and (in production, served over HTTPS) Strict-Transport-Security for a year.
 */
export function securityHeaders(options: { isProduction: boolean }): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    strictTransportSecurity: options.isProduction ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
  });
}
