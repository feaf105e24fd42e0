import { randomUUID } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { EntityManager } from '@mikro-orm/sql';
import { policy } from '../../../core/auth/policy.js';
import type { Context } from '../../../core/context.js';
import { isUuid } from '../../../core/ids.js';
import { userError, type UserError } from '../../../core/user-error.js';
import { recordAudit } from '../../audit/audit.service.js';
import { Role } from '../../identity/role.js';
import type { Organisation } from '../../organisations/organisation.entity.js';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { ContractLine } from '../contract-line.entity.js';
import { Contract } from '../contract.entity.js';
import { ContractSource, ContractStatus } from '../contract.enums.js';
import { contractFields, applyLines, describeContract } from '../contract.service.js';
import { lineFields } from '../contract-rules.js';
import { ContractImport } from './contract-import.entity.js';
import { ContractImportStatus } from './contract-import.enums.js';
import { problemReportCsv } from './csv-export.js';
import { parseRegister, type ParsedRegister } from './register-csv.js';
import { planRegister, type Importer, type PlannedContract, type RegisterPlan } from './register-plan.js';

const MAX_STORED_PROBLEMS = 5000;
/** New contracts written per batch of inserts (all in one transaction), between progress reports. */
const BATCH = 500;
/** Rows per insert statement: well under PostgreSQL's 65,535 bind parameters at ~35 columns. */
const ROWS_PER_STATEMENT = 1000;
/** An import still IMPORTING after this long, in no process, was cut off (a restart): nothing was saved. */
const STALE_IMPORT_MS = 15 * 60 * 1000;

/**
 * Progress of the imports this process is running. A commit runs in one transaction, so its
 * progress cannot be read from the database until it ends: it is kept here and read by polling
 * (replicas: the poll must reach the process that runs it, as with any sticky upload).
 */
const running = new Map<string, { processed: number; total: number }>();

export const importProgress = (id: string) => running.get(id) ?? null;

/** Whether an IMPORTING import has been abandoned (its process stopped mid-way). */
export const interrupted = (imp: ContractImport, now = Date.now()) =>
  imp.status === ContractImportStatus.IMPORTING &&
  !running.has(imp.id) &&
  now - imp.updatedAt.getTime() > STALE_IMPORT_MS;

export type ChoiceInput = { key: string; chosenId: string | null };

/** Importing a contract register file: upload and dry run, review of names, then the commit. */
export class ContractImportService {
  constructor(private readonly ctx: Context) {}

  private get em(): EntityManager {
    return this.ctx.em;
  }

  /** The importer: a trust's procurement user (its own register) or a central user (any trust's). */
  private async importer(): Promise<Importer & { viewer: ReturnType<typeof policy.actingAs> }> {
    const viewer = policy.actingAs(this.ctx.viewer, [Role.TRUST_PROCUREMENT, Role.CENTRAL_COMMERCIAL]);
    const trust =
      viewer.membership.role === Role.TRUST_PROCUREMENT
        ? ((await viewer.membership.organisation!.load()) as Organisation)
        : null;
    return { viewer, trust };
  }

  /** Stores the file and runs the dry run: nothing but the import record is saved. */
  async upload(fileName: string, bytes: Buffer | string): Promise<ContractImport> {
    const importer = await this.importer();
    const parsed = parseRegister(bytes);
    const text = parsed.problems.some((p) => p.row === 0)
      ? ''
      : Buffer.isBuffer(bytes)
        ? bytes.toString('utf8')
        : bytes;
    const imp = this.em.create(ContractImport, {
      actorUserId: importer.viewer.user.id,
      membershipId: importer.viewer.membership.id,
      organisation: importer.trust,
      fileName:
        fileName
          .trim()
          .replace(/[\r\n]/g, ' ')
          .slice(0, 255) || 'register.csv',
      content: gzipSync(text, { level: 1 }),
    });
    await this.dryRun(imp, importer, parsed);
    await this.em.flush();
    return imp;
  }

  /** An import the viewer may see: their own, or (trust users) any of their trust's. */
  async byId(id: string): Promise<ContractImport | null> {
    if (!isUuid(id)) return null;
    const { viewer, trust } = await this.importer();
    const imp = await this.em.findOne(ContractImport, { id });
    if (!imp) return null;
    const visible =
      imp.actorUserId === viewer.user.id || (trust !== null && imp.organisation?.id === trust.id);
    return visible ? imp : null;
  }

  async choose(
    id: string,
    choices: ChoiceInput[],
  ): Promise<{ contractImport: ContractImport | null; userErrors: UserError[] }> {
    const importer = await this.importer();
    const imp = await this.byId(id);
    if (!imp)
      return {
        contractImport: null,
        userErrors: [userError('NOT_FOUND', 'There is no such import.', ['id'])],
      };
    if (imp.status === ContractImportStatus.IMPORTING || imp.status === ContractImportStatus.IMPORTED) {
      return {
        contractImport: null,
        userErrors: [userError('INVALID', 'This file has already been imported.', ['id'])],
      };
    }
    const errors: UserError[] = [];
    const reviews = new Map(imp.reviews.map((r) => [r.key, r]));
    choices.forEach((choice, i) => {
      const review = reviews.get(choice.key);
      if (!review)
        errors.push(
          userError('NOT_FOUND', 'That name is not one to review in this file.', [
            'choices',
            String(i),
            'key',
          ]),
        );
      else if (choice.chosenId !== null && !review.candidates.some((c) => c.id === choice.chosenId)) {
        errors.push(
          userError('INVALID', `Choose one of the records offered for “${review.name}”.`, [
            'choices',
            String(i),
            'chosenId',
          ]),
        );
      }
    });
    if (errors.length) return { contractImport: null, userErrors: errors };
    for (const choice of choices) reviews.get(choice.key)!.chosenId = choice.chosenId;
    await this.em.populate(imp, ['content']);
    await this.dryRun(imp, importer, parseRegister(fileOf(imp)), choicesOf([...reviews.values()]));
    await this.em.flush();
    return { contractImport: imp, userErrors: [] };
  }

  /**
   * Starts the import of a checked file and returns at once; the client polls its progress. The
   * file is checked again first (the register may have changed since the dry run), then every
   * change is written in one transaction: all of it or none of it.
   */
  async commit(id: string): Promise<{ contractImport: ContractImport | null; userErrors: UserError[] }> {
    const importer = await this.importer();
    const imp = await this.byId(id);
    if (!imp)
      return {
        contractImport: null,
        userErrors: [userError('NOT_FOUND', 'There is no such import.', ['id'])],
      };
    if (imp.status !== ContractImportStatus.READY) {
      return {
        contractImport: null,
        userErrors: [
          userError(
            'INVALID',
            imp.status === ContractImportStatus.IMPORTED || imp.status === ContractImportStatus.IMPORTING
              ? 'This file has already been imported.'
              : 'Fix the problems and choose the records for every name under review first.',
            ['id'],
          ),
        ],
      };
    }
    imp.status = ContractImportStatus.IMPORTING;
    imp.error = null;
    await this.em.flush();
    running.set(imp.id, {
      processed: 0,
      total: imp.summary ? imp.summary.contracts.create + imp.summary.contracts.update : 0,
    });
    // Its own unit of work: the request's ends with the response, the import goes on.
    void this.run(this.em.fork(), imp.id, importer);
    return { contractImport: imp, userErrors: [] };
  }

  private async run(
    em: EntityManager,
    id: string,
    importer: Importer & { viewer: ReturnType<typeof policy.actingAs> },
  ) {
    const imp = await em.findOneOrFail(ContractImport, { id }, { populate: ['content'] });
    try {
      const parsed = parseRegister(fileOf(imp));
      const plan = await this.planFor(em, imp, importer, parsed);
      if (imp.status !== ContractImportStatus.READY) {
        imp.error = 'The register changed since the check: look at the problems and try again.';
        await em.flush();
        return;
      }
      // The check found it ready; it stays IMPORTING until it is done. The transaction below flushes
      // this context too, and someone polling must never see READY (and import it again) meanwhile.
      imp.status = ContractImportStatus.IMPORTING;
      const created = plan.contracts.filter((c) => c.change === 'CREATE');
      const updated = plan.contracts.filter((c) => c.change === 'UPDATE');
      const progress = running.get(id)!;
      progress.total = created.length + updated.length;
      await em.transactional(async (tx) => {
        // New contracts go in as multi-row inserts, not through the unit of work: a register of
        // 100,000 lines would otherwise be 100,000 tracked entities.
        for (let i = 0; i < created.length; i += BATCH) {
          const batch = created.slice(i, i + BATCH);
          await insertContracts(tx, batch, plan, {
            actorUserId: importer.viewer.user.id,
            membershipId: importer.viewer.membership.id,
            requestId: this.ctx.requestId,
            importId: id,
          });
          progress.processed = Math.min(i + BATCH, created.length);
        }
        // Changed contracts (usually a few) through the unit of work, like the form's saves.
        for (const planned of updated) {
          // Brought in from the planning context with its lines and the records it refers to.
          const contract = tx.assign(
            tx.merge(planned.existing!),
            contractFields(planned.draft, plan.lookups),
          );
          const before = describeContract(planned.existing!);
          applyLines(tx, contract, planned.draft, plan.lookups);
          contract.updatedAt = new Date();
          recordAudit(tx, importer.viewer, this.ctx.requestId, {
            action: 'importContract',
            entityType: 'Contract',
            entityId: contract.id,
            before,
            after: { ...describeContract(contract), importId: id },
          });
        }
        recordAudit(tx, importer.viewer, this.ctx.requestId, {
          action: 'importContractRegister',
          entityType: 'ContractImport',
          entityId: id,
          after: { fileName: imp.fileName, ...plan.summary },
        });
        await tx.flush();
        progress.processed = created.length + updated.length;
      });
      imp.status = ContractImportStatus.IMPORTED;
      imp.importedAt = new Date();
      await em.flush();
    } catch (error) {
      this.ctx.log.error({ err: error, importId: id }, 'contract import failed');
      const fresh = em.fork();
      const failed = await fresh.findOneOrFail(ContractImport, { id });
      failed.status = ContractImportStatus.FAILED;
      failed.error =
        'The import stopped and saved nothing. Try again; if it fails again, contact support with the import’s id.';
      await fresh.flush();
    } finally {
      running.delete(id);
    }
  }

  /** Checks the file again with the choices made; sets the import's status, problems and summary. */
  private async planFor(
    em: EntityManager,
    imp: ContractImport,
    importer: Importer,
    parsed: ParsedRegister,
  ): Promise<RegisterPlan> {
    // In a context of its own: the register's existing contracts and lines (100,000 entities for a
    // large one) must stay out of the one that saves the import, or every flush would check them.
    const plan = await planRegister(em.fork(), parsed.rows, importer, choicesOf(imp.reviews));
    const problems = [...parsed.problems, ...plan.problems].sort((a, b) => a.row - b.row);
    imp.rowCount = parsed.rows.length + parsed.sourceRows.size;
    imp.problemCount = problems.length;
    imp.problems = problems.slice(0, MAX_STORED_PROBLEMS);
    imp.reviews = plan.reviews;
    imp.summary = problems.length ? null : plan.summary;
    imp.status = problems.length
      ? ContractImportStatus.NEEDS_FIXES
      : plan.reviews.some((r) => r.chosenId === null)
        ? ContractImportStatus.NEEDS_REVIEW
        : ContractImportStatus.READY;
    return plan;
  }

  private async dryRun(
    imp: ContractImport,
    importer: Importer,
    parsed: ParsedRegister,
    choices?: Map<string, string>,
  ) {
    if (choices) imp.reviews = imp.reviews.map((r) => ({ ...r, chosenId: choices.get(r.key) ?? null }));
    if (parsed.problems.some((p) => p.row === 0)) {
      // The file as a whole was refused (not CSV, empty, too big): there are no rows to look at.
      imp.rowCount = 0;
      imp.problems = parsed.problems;
      imp.problemCount = parsed.problems.length;
      imp.status = ContractImportStatus.NEEDS_FIXES;
      return;
    }
    await this.planFor(this.em, imp, importer, parsed);
  }

  /** The downloadable error report: each problem with the row's values as written. */
  async problemReport(id: string): Promise<{ fileName: string; csv: string } | null> {
    const imp = await this.byId(id);
    if (!imp) return null;
    await this.em.populate(imp, ['content', 'problems']);
    const file = fileOf(imp);
    const parsed = file.length ? parseRegister(file) : null;
    return {
      fileName: `${imp.fileName.replace(/\.csv$/i, '')}-problems.csv`,
      csv: problemReportCsv(imp.problems, parsed?.sourceRows, parsed?.header),
    };
  }
}

type AuditContext = { actorUserId: string; membershipId: string; requestId: string; importId: string };

/** Inserts new contracts, their lines and their audit events as a few multi-row statements. */
async function insertContracts(
  tx: EntityManager,
  batch: PlannedContract[],
  plan: RegisterPlan,
  audit: AuditContext,
): Promise<void> {
  const now = new Date();
  const contracts: Record<string, unknown>[] = [];
  const lines: Record<string, unknown>[] = [];
  const events: Record<string, unknown>[] = [];
  for (const planned of batch) {
    const id = randomUUID();
    const { supplier, award, ...fields } = contractFields(planned.draft, plan.lookups);
    const row = {
      id,
      buyer: planned.buyer.id,
      supplier: supplier.id,
      award: award?.id ?? null,
      ...fields,
      status: ContractStatus.ACTIVE,
      source: ContractSource.CSV_IMPORT,
      createdAt: now,
      updatedAt: now,
      rowVersion: 1,
    };
    contracts.push(row);
    const awardEntity = award ?? undefined;
    planned.draft.lines.forEach((line, index) => {
      const version = line.productVersionId
        ? (plan.lookups.versions.get(line.productVersionId) ?? null)
        : null;
      const { productVersion, ceilingPrice, ...values } = lineFields(line, index, {
        startDate: planned.draft.startDate,
        endDate: planned.draft.endDate,
        version,
        award: awardEntity,
      });
      lines.push({
        id: randomUUID(),
        contract: id,
        productVersion: productVersion?.id ?? null,
        ceilingPrice: ceilingPrice?.id ?? null,
        ...values,
      });
    });
    events.push({
      occurredAt: now,
      actorUserId: audit.actorUserId,
      membershipId: audit.membershipId,
      action: 'importContract',
      entityType: 'Contract',
      entityId: id,
      changes: {
        before: null,
        after: {
          reference: row.reference,
          title: row.title,
          supplierId: supplier.id,
          lines: planned.draft.lines.length,
          importId: audit.importId,
        },
      },
      requestId: audit.requestId,
    });
  }
  for (const [entity, rows] of [
    [Contract, contracts],
    [ContractLine, lines],
    [AuditEvent, events],
  ] as const) {
    for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
      await tx.insertMany(entity as never, rows.slice(i, i + ROWS_PER_STATEMENT) as never);
    }
  }
}

/** The stored file, as uploaded. */
const fileOf = (imp: ContractImport): Buffer => gunzipSync(imp.content);

const choicesOf = (reviews: { key: string; chosenId: string | null }[]) =>
  new Map(reviews.filter((r) => r.chosenId !== null).map((r) => [r.key, r.chosenId!]));
