import type { EntityManager } from '@mikro-orm/sql';
import type { Logger } from './logger.js';
import { createLoaders, type Loaders } from './loaders.js';

/** Everything one GraphQL request works with. Built once per request; never shared. */
export type Context = {
  /** A fork of the ORM's EntityManager: this request's own unit of work and identity map. */
  em: EntityManager;
  loaders: Loaders;
  requestId: string;
  log: Logger;
};

export function createContext(em: EntityManager, requestId: string, log: Logger): Context {
  const fork = em.fork();
  return { em: fork, loaders: createLoaders(fork), requestId, log };
}
