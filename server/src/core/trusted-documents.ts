import { existsSync, readFileSync } from 'node:fs';
import type { Request, RequestHandler } from 'express';
import { z } from 'zod';

/**
 * Trusted documents: the web client's operations, listed at its build in a persisted query manifest
 * (`@apollo/generate-persisted-query-manifest`, `client/persisted-query-manifest.config.json`). The
 * browser sends an operation's id instead of its text; the server runs the text it holds for that id.
 * Where they are required (production), a request that is not an API token's may run nothing else:
 * a stolen session or a hostile page cannot send a query of its own making.
 */
/** The manifest's name in the client build (`client/vite.config.ts` writes it there). */
export const TRUSTED_DOCUMENTS_FILE = 'persisted-query-manifest.json';

export type TrustedDocuments = {
  /** Operation text by id (the SHA-256 of the text, which Apollo checks when both are sent). */
  byId: ReadonlyMap<string, string>;
  /** Where the manifest was read from; null if there was none. */
  file: string | null;
};

const manifestSchema = z.object({
  format: z.literal('apollo-persisted-query-manifest'),
  version: z.literal(1),
  operations: z.array(z.object({ id: z.string().regex(/^[0-9a-f]{64}$/), body: z.string().min(1) })),
});

export class TrustedDocumentsError extends Error {
  override name = 'TrustedDocumentsError';
}

/** Reads the manifest at `file`; no file gives an empty list (and a warning from the caller). */
export function loadTrustedDocuments(file: string): TrustedDocuments {
  if (!existsSync(file)) return { byId: new Map(), file: null };
  const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new TrustedDocumentsError(`${file} is not a persisted query manifest: ${parsed.error.message}`);
  }
  return { byId: new Map(parsed.data.operations.map((o) => [o.id, o.body])), file };
}

/**
 * Apollo's persisted-query store, answered from the manifest alone: an id finds its text, and
 * nothing a request sends is ever stored (automatic persisted queries cannot add to the list).
 */
export function manifestStore(documents: TrustedDocuments) {
  // Apollo prefixes the keys of its persisted-query cache.
  const idOf = (key: string) => key.slice(key.lastIndexOf(':') + 1);
  return {
    get: async (key: string) => documents.byId.get(idOf(key)),
    set: async () => undefined,
    delete: async () => false,
  };
}

/**
 * The persisted-query id a GraphQL request names, where Apollo reads it: a POST's body, a GET's
 * parameters (never a GET's body, which Apollo ignores: an id there must not vouch for the URL's query).
 */
function persistedQueryId(req: Request): unknown {
  let extensions: unknown;
  if (req.method === 'GET') {
    const given = req.query['extensions'];
    if (typeof given !== 'string') return null;
    try {
      extensions = JSON.parse(given);
    } catch {
      return null;
    }
  } else {
    extensions = (req.body as { extensions?: unknown } | undefined)?.extensions;
  }
  return (extensions as { persistedQuery?: { sha256Hash?: unknown } } | null)?.persistedQuery?.sha256Hash;
}

/**
 * Where trusted documents are required: a request without an API token (a browser's, signed in or
 * not) must name an operation of the manifest, or it is refused before its text is even parsed.
 * A request with a token goes on to Apollo, which checks the token and the document's limits.
 */
export function trustedDocumentsOnly(documents: TrustedDocuments): RequestHandler {
  return (req, res, next) => {
    if (req.headers.authorization) return next();
    const id = persistedQueryId(req);
    if (typeof id === 'string' && documents.byId.has(id)) return next();
    res.status(400).json({
      errors: [
        {
          message:
            'This server runs only the operations of its own web app for browsers: send the id of one ' +
            'from its manifest, or use an API token to send operations of your own.',
          extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST' },
        },
      ],
    });
  };
}
