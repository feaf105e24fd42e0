import { AsyncLocalStorage } from 'node:async_hooks';
import { DefaultLogger, type LogContext } from '@mikro-orm/core';
import type { NextFunction, Request, Response } from 'express';

/**
 * How many SQL statements each request sends, for the benchmark (`SQL_STATEMENT_COUNT=true`):
 * every statement the ORM runs passes through its logger, which adds one to the count of the
 * request it runs for; the count goes out as the `x-sql-statements` response header.
 */
const current = new AsyncLocalStorage<{ statements: number }>();

export const STATEMENT_COUNT_HEADER = 'x-sql-statements';

/** The ORM's logger, counting each statement against the request it runs for. */
export class StatementCountingLogger extends DefaultLogger {
  override logQuery(context: { query: string } & LogContext): void {
    const count = current.getStore();
    if (count) count.statements++;
    super.logQuery(context);
  }
}

/** Counts the statements of each request and sends the count when the response's headers go. */
export function countStatements(req: Request, res: Response, next: NextFunction): void {
  const count = { statements: 0 };
  const writeHead = res.writeHead;
  res.writeHead = function (this: Response, ...args: Parameters<Response['writeHead']>) {
    if (!this.headersSent) this.setHeader(STATEMENT_COUNT_HEADER, String(count.statements));
    return writeHead.apply(this, args);
  } as Response['writeHead'];
  current.run(count, next);
}
