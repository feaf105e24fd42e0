import type { ComparisonCache } from '../../compare/comparison-cache.js';
import express, { type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Config } from '../../../core/config.js';
import { createContext } from '../../../core/context.js';
import { DomainError } from '../../../core/errors.js';
import type { MikroORM } from '../../../core/orm.js';
import { ContractImportService } from './contract-import.service.js';
import { DEFAULT_MAX_BYTES } from './register-csv.js';
import { registerExportCsv } from './register-export.js';
import { registerTemplateCsv } from './register-template.js';

const megabytes = DEFAULT_MAX_BYTES / 1024 / 1024;

const fail = (res: Response, status: number, code: string, message: string) =>
  res.status(status).json({ errors: [{ message, extensions: { code } }] });

/**
 * The register import's file routes, beside GraphQL (whose bodies are small):
 * - `POST /imports/contract-register`: the file as the body (`Content-Type: text/csv`, up to
 *   20 MB, name in `X-File-Name`), signed in by session or API token; answers with the import's
 *   id and status after the dry run. A JSON body would be a simple request; requiring text/csv
 *   makes browsers ask first, so another site cannot post a file with a user's cookie.
 * - `GET /imports/contract-register/template.csv`: the template, for anyone.
 * - `GET /imports/contract-register/:id/problems.csv`: an import's problems, for its importer.
 * - `GET /imports/contract-register/export.csv[?buyer=ODS]`: the viewer's register in the
 *   template's columns (trust users: their trust's; central users: every trust's, or one).
 */
export function contractImportRoutes(
  orm: MikroORM,
  config: Config,
  comparisons: ComparisonCache,
): express.Router {
  const router = express.Router();

  // The register as a CSV in the template's columns, to keep or to edit and import again.
  router.get('/export.csv', async (req, res, next) => {
    try {
      const context = await createContext(orm.em, config, comparisons, req, res);
      const buyer = typeof req.query['buyer'] === 'string' ? req.query['buyer'] : null;
      const csv = await registerExportCsv(context.em, context.viewer, { buyerOdsCode: buyer });
      res.setHeader('content-disposition', 'attachment; filename="contract-register.csv"');
      res.setHeader('cache-control', 'no-store');
      res.type('text/csv; charset=utf-8').send(csv);
    } catch (error) {
      if (denied(res, error)) return;
      next(error);
    }
  });

  router.get('/template.csv', (_req, res) => {
    res.setHeader('content-disposition', 'attachment; filename="contract-register-template.csv"');
    res.type('text/csv; charset=utf-8').send(registerTemplateCsv());
  });

  router.post(
    '/',
    (req, res, next) => {
      if (!req.is('text/csv')) {
        return fail(
          res,
          415,
          'UNSUPPORTED_MEDIA_TYPE',
          'Send the register as a CSV file (Content-Type: text/csv).',
        );
      }
      next();
    },
    express.raw({ type: 'text/csv', limit: DEFAULT_MAX_BYTES }),
    async (req, res, next) => {
      try {
        const service = await serviceFor(req, res, orm, config, comparisons);
        if (!service) return;
        const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        const name = fileNameOf(req.headers['x-file-name']);
        const imp = await service.upload(name, bytes);
        res.status(201).json({ id: imp.id, status: imp.status, problemCount: imp.problemCount });
      } catch (error) {
        if (denied(res, error)) return;
        next(error);
      }
    },
  );

  router.get('/:id/problems.csv', async (req, res, next) => {
    try {
      const service = await serviceFor(req, res, orm, config, comparisons);
      if (!service) return;
      const report = await service.problemReport(req.params['id']!);
      if (!report) return fail(res, 404, 'NOT_FOUND', 'Not found');
      res.setHeader(
        'content-disposition',
        `attachment; filename="${report.fileName.replace(/[^\w.-]/g, '_')}"`,
      );
      res.setHeader('cache-control', 'no-store');
      res.type('text/csv; charset=utf-8').send(report.csv);
    } catch (error) {
      if (denied(res, error)) return;
      next(error);
    }
  });

  // Too large: say how large a file may be, in the words the page shows.
  router.use((error: unknown, _req: Request, res: Response, next: express.NextFunction) => {
    if ((error as { status?: number }).status === 413) {
      return fail(
        res,
        413,
        'PAYLOAD_TOO_LARGE',
        `The file is larger than ${megabytes} MB: split the register into smaller files.`,
      );
    }
    next(error);
  });
  return router;
}

/** The file's name from `X-File-Name`, percent-encoded UTF-8; kept as sent when it is not (`50%.csv`). */
function fileNameOf(header: string | string[] | undefined): string {
  const sent = String(header ?? 'register.csv');
  try {
    return decodeURIComponent(sent);
  } catch {
    return sent;
  }
}

async function serviceFor(
  req: Request,
  res: Response,
  orm: MikroORM,
  config: Config,
  comparisons: ComparisonCache,
) {
  try {
    return new ContractImportService(await createContext(orm.em, config, comparisons, req, res));
  } catch (error) {
    if (denied(res, error)) return null;
    throw error;
  }
}

/** Unauthenticated and forbidden callers get the same codes as on GraphQL. */
function denied(res: Response, error: unknown): boolean {
  const code =
    error instanceof DomainError
      ? error.code
      : error instanceof GraphQLError
        ? error.extensions['code']
        : undefined;
  if (code === 'UNAUTHENTICATED') fail(res, 401, 'UNAUTHENTICATED', (error as Error).message);
  else if (code === 'FORBIDDEN') fail(res, 403, 'FORBIDDEN', (error as Error).message);
  else return false;
  return true;
}
