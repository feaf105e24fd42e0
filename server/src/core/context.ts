import { parseCookie, stringifySetCookie } from 'cookie';
import type { Request, Response } from 'express';
import type { EntityManager } from '@mikro-orm/sql';
import { SESSION_COOKIE } from '../modules/identity/session-token.js';
import { viewerFromApiToken, viewerFromToken } from '../modules/identity/session.service.js';
import { GraphQLError } from 'graphql';
import type { Viewer } from './auth/viewer.js';
import { databaseUnavailableError, isDatabaseUnavailable } from './database-unavailable.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { ComparisonCache } from '../modules/compare/comparison-cache.js';

/** What a request knows of its HTTP side, without the service layer touching Express. */
export type HttpSide = {
  ipAddress: string | null;
  userAgent: string | null;
  setSessionCookie: (token: string, expiresAt: Date) => void;
  clearSessionCookie: () => void;
};

/** Everything one GraphQL request works with. Built once per request; never shared. */
export type Context = {
  /** A fork of the ORM's EntityManager: this request's own unit of work and identity map. */
  em: EntityManager;
  loaders: Loaders;
  viewer: Viewer;
  requestId: string;
  log: Logger;
  config: Pick<
    Config,
    'session' | 'isProduction' | 'benchmarkMinTrusts' | 'compliancePlannedWindowDays' | 'database'
  >;
  http: HttpSide;
  /** Comparisons' answers, shared by the requests of this process. */
  comparisons: ComparisonCache;
};

export async function createContext(
  em: EntityManager,
  config: Context['config'],
  comparisons: ComparisonCache,
  req: Request,
  res: Response,
): Promise<Context> {
  const fork = em.fork();
  const viewer = await resolveViewer(fork, req, config).catch((error: unknown) => {
    throw isDatabaseUnavailable(error) ? databaseUnavailableError(error) : error;
  });
  const cookie = (value: string, expires: Date) =>
    stringifySetCookie({
      name: SESSION_COOKIE,
      value,
      httpOnly: true,
      sameSite: 'lax',
      secure: config.isProduction,
      path: '/',
      expires,
    });
  return {
    em: fork,
    loaders: createLoaders(fork),
    viewer,
    requestId: String(req.id),
    log: req.log,
    config,
    comparisons,
    http: {
      ipAddress: req.ip ?? null,
      userAgent: req.headers['user-agent'] ?? null,
      setSessionCookie: (value, expires) => res.append('set-cookie', cookie(value, expires)),
      clearSessionCookie: () => res.append('set-cookie', cookie('', new Date(0))),
    },
  };
}

async function resolveViewer(em: EntityManager, req: Request, config: Context['config']): Promise<Viewer> {
  const authorization = req.headers.authorization;
  if (authorization) {
    const bearer = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    const viewer = bearer ? await viewerFromApiToken(em, bearer) : null;
    if (!viewer) {
      throw new GraphQLError(
        'The API token is not valid: it may be mistyped, revoked or its user deactivated.',
        {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
        },
      );
    }
    return viewer;
  }
  return viewerFromToken(em, parseCookie(req.headers.cookie ?? '')[SESSION_COOKIE], config.session);
}
