import { randomUUID } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { EntityManager } from '@mikro-orm/sql';
import { policy } from '../../../core/auth/policy.js';
import type { Config } from '../../../core/config.js';
import type { Context } from '../../../core/context.js';
import { Columns } from '../../../core/bulk-insert.js';
import { isUuid } from '../../../core/ids.js';
import { clipText } from '../../../core/storable-text.js';
import { userError, type UserError } from '../../../core/user-error.js';
import { recordAudit } from '../../audit/audit.service.js';
import { Role } from '../../identity/role.js';
import type { Organisation } from '../../organisations/organisation.entity.js';
import { Contract } from '../contract.entity.js';
import { ContractSource, ContractStatus } from '../contract.enums.js';
import { contractColumns, lineColumns, lineRow } from '../contract-rows.js';
import { contractFields, applyLines, describeContract } from '../contract.service.js';
import { lineFields } from '../contract-rules.js';
import { ContractImport } from './contract-import.entity.js';
import { ContractImportStatus } from './contract-import.enums.js';
import { problemReportCsv } from './csv-export.js';
import { importLeaseHeld, takeImportLease, type ImportLease } from './import-lease.js';
import { parseRegister, type ParsedRegister } from './register-csv.js';
import { planRegister, type Importer, type PlannedContract, type RegisterPlan } from './register-plan.js';

const MAX_STORED_PROBLEMS = 5000;
/** New contracts per round trip (and their lines, ten times as many in a typical register). */
const BATCH = 1000;
/**
 * Progress of the imports this process is running. A commit runs in one transaction, so its
 * progress cannot be read from the database until it ends: it is kept here and read by polling
 * (replicas: the poll must reach the process that runs it, as with any sticky upload).
 */
const running = new Map<string, { processed: number; total: number }>();

export const importProgress = (id: string) => running.get(id) ?? null;

/**
 * Whether an IMPORTING import was cut off (its process stopped mid-way): no process runs it. The
 * embedded database serves one process, so there it is one this process is not running; on
 * PostgreSQL, one whose lease no process holds.
 */
export async function interrupted(
  em: EntityManager,
  imp: ContractImport,
  database: Config['database'],
): Promise<boolean> {
  if (imp.status !== ContractImportStatus.IMPORTING || running.has(imp.id)) return false;
  return database.kind === 'pglite' || !(await importLeaseHeld(em, imp.id));
}

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
      // Control characters (a NUL PostgreSQL cannot store, line breaks) are no part of a name.
      fileName: clipText(fileName.replace(/\p{Cc}/gu, ' ').trim(), 255) || 'register.csv',
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
    // An import cut off by its process stopping may be checked again ("Try again"), as a failed one.
    const importing =
      imp.status === ContractImportStatus.IMPORTING &&
      !(await interrupted(this.em, imp, this.ctx.config.database));
    if (importing || imp.status === ContractImportStatus.IMPORTED) {
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
    const lease = await this.leaseToRun(imp);
    if (!lease) {
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
    // Running before it reads IMPORTING: a poll meanwhile must not take it for an interrupted one.
    running.set(imp.id, {
      processed: 0,
      total: imp.summary ? imp.summary.contracts.create + imp.summary.contracts.update : 0,
    });
    try {
      await this.em.flush();
    } catch (error) {
      running.delete(imp.id);
      await lease.release();
      throw error;
    }
    // Its own unit of work: the request's ends with the response, the import goes on.
    void this.run(this.em.fork(), imp.id, importer).finally(() => lease.release());
    return { contractImport: imp, userErrors: [] };
  }

  /**
   * The right to run `imp`, or null when it may not run: it is not ready, or it is imported or
   * importing. An import cut off by its process stopping saved nothing (one transaction): it may
   * be run again. On PostgreSQL the right is the import's lease, taken before anyone can read
   * IMPORTING, and the status is read again under it: another process may have just run it.
   */
  private async leaseToRun(imp: ContractImport): Promise<ImportLease | null> {
    const database = this.ctx.config.database;
    if (imp.status !== ContractImportStatus.READY && !(await interrupted(this.em, imp, database)))
      return null;
    if (database.kind === 'pglite') return { release: async () => {} };
    const lease = await takeImportLease(database.url, imp.id);
    if (!lease) return null;
    await this.em.refresh(imp);
    // Under the lease no other process runs it: an import that still reads IMPORTING was cut off.
    const status = imp.status as ContractImportStatus;
    if (
      status === ContractImportStatus.READY ||
      (status === ContractImportStatus.IMPORTING && !running.has(imp.id))
    )
      return lease;
    await lease.release();
    return null;
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
        await insertContracts(
          tx,
          created,
          plan,
          {
            actorUserId: importer.viewer.user.id,
            membershipId: importer.viewer.membership.id,
            requestId: this.ctx.requestId,
            importId: id,
          },
          (contracts) => {
            progress.processed = contracts;
            // In the log too: an import of a large register takes a while, and can be followed there.
            this.ctx.log.info(
              { importId: id, processed: contracts, total: progress.total },
              'contract import progress',
            );
          },
        );
        // Changed contracts (usually a few) through the unit of work, like the form's saves.
        const current = await loadContracts(
          tx,
          updated.map((c) => c.existing!.id),
        );
        for (const planned of updated) {
          const contract = current.get(planned.existing!.id)!;
          const before = describeContract(contract);
          tx.assign(contract, contractFields(planned.draft, plan.lookups));
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
        // Imported in the same transaction as the contracts: a process that dies once it commits
        // leaves an import that reads IMPORTED, never one cut off whose contracts are all there.
        imp.status = ContractImportStatus.IMPORTED;
        imp.importedAt = new Date();
        await tx.flush();
        progress.processed = created.length + updated.length;
      });
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

const auditColumns = () =>
  new Columns('audit_event', {
    occurred_at: 'timestamptz',
    actor_user_id: 'uuid',
    membership_id: 'uuid',
    action: 'text',
    entity_type: 'text',
    entity_id: 'text',
    changes: 'jsonb',
    request_id: 'text',
  });

/**
 * Inserts new contracts, their lines and their audit events, a thousand contracts a round trip as
 * `insert … select from unnest(…)`, not through the unit of work: a register of 100,000 lines would
 * otherwise be 100,000 tracked entities. While the database writes one batch the next is derived.
 * `done` is told how many contracts are written after each batch.
 */
async function insertContracts(
  tx: EntityManager,
  created: PlannedContract[],
  plan: RegisterPlan,
  audit: AuditContext,
  done: (contracts: number) => void,
): Promise<void> {
  const connection = tx.getConnection();
  const context = tx.getTransactionContext();
  const run = (sql: string) => connection.execute(sql, [], 'run', context);
  const now = new Date().toISOString();
  const rowsFor = (batch: PlannedContract[]) => {
    const contracts = contractColumns();
    const lines = lineColumns();
    const events = auditColumns();
    for (const planned of batch) {
      const id = randomUUID();
      const { supplier, award, ...fields } = contractFields(planned.draft, plan.lookups);
      contracts.push({
        id,
        buyer_id: planned.buyer.id,
        supplier_id: supplier.id,
        award_id: award?.id ?? null,
        route: fields.route,
        reference: fields.reference,
        title: fields.title,
        start_date: fields.startDate,
        end_date: fields.endDate,
        max_end_date: fields.maxEndDate,
        total_value: fields.totalValue,
        status: ContractStatus.ACTIVE,
        price_visibility: fields.priceVisibility,
        notes: fields.notes,
        expected_annual_benefit: fields.expectedAnnualBenefit,
        benefits_statement: fields.benefitsStatement,
        benefits_owner: fields.benefitsOwner,
        termination_reason: null,
        source: ContractSource.CSV_IMPORT,
        created_at: now,
        updated_at: now,
        row_version: 1,
      });
      const term = {
        startDate: planned.draft.startDate,
        endDate: planned.draft.endDate,
        award: award ?? undefined,
      };
      planned.draft.lines.forEach((line, index) => {
        const version = line.productVersionId
          ? (plan.lookups.versions.get(line.productVersionId) ?? null)
          : null;
        lines.push(lineRow(id, lineFields(line, index, { ...term, version })));
      });
      events.push({
        occurred_at: now,
        actor_user_id: audit.actorUserId,
        membership_id: audit.membershipId,
        action: 'importContract',
        entity_type: 'Contract',
        entity_id: id,
        changes: JSON.stringify({
          before: null,
          after: {
            reference: fields.reference,
            title: fields.title,
            supplierId: supplier.id,
            lines: planned.draft.lines.length,
            importId: audit.importId,
          },
        }),
        request_id: audit.requestId,
      });
    }
    // One statement, so the database has the whole batch to write while the next is derived (the
    // lines' foreign keys are checked at its end, when their contracts are in).
    return (
      `with new_contract as (${contracts.insertSql()}), new_event as (${events.insertSql()}) ` +
      lines.insertSql({ column: 'id', expression: 'gen_random_uuid()' })
    );
  };
  let writing: Promise<unknown> = Promise.resolve();
  for (let i = 0; i < created.length; i += BATCH) {
    const statement = rowsFor(created.slice(i, i + BATCH));
    await writing;
    const written = Math.min(i + BATCH, created.length);
    writing = run(statement).then(() => done(written));
    // Awaited above or below; until then a failure must not count as unhandled.
    writing.catch(() => {});
  }
  await writing;
}

/** Contracts with their lines, by id, a few thousand a query. */
async function loadContracts(em: EntityManager, ids: string[]): Promise<Map<string, Contract>> {
  const found = new Map<string, Contract>();
  for (let i = 0; i < ids.length; i += 2000) {
    const contracts = await em.find(
      Contract,
      { id: { $in: ids.slice(i, i + 2000) } },
      { populate: ['lines'] },
    );
    for (const c of contracts) found.set(c.id, c);
  }
  return found;
}

/** The stored file, as uploaded. */
const fileOf = (imp: ContractImport): Buffer => gunzipSync(imp.content);

const choicesOf = (reviews: { key: string; chosenId: string | null }[]) =>
  new Map(reviews.filter((r) => r.chosenId !== null).map((r) => [r.key, r.chosenId!]));
