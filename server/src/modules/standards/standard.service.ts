import type { FilterQuery } from '@mikro-orm/core';
import { containsPattern, searchText } from '../../core/search.js';
import type { EntityManager } from '@mikro-orm/sql';
import { paginate, type ConnectionShape } from '../../core/pagination.js';
import { Standard } from './standard.entity.js';
import { StandardAppliesTo, StandardAssessment, StandardStatus } from './standard.enums.js';
import { policy } from '../../core/auth/policy.js';
import type { Context } from '../../core/context.js';
import { isUuid } from '../../core/ids.js';
import { isHttpUrl } from '../../core/urls.js';
import { saveChange, staleVersion } from '../../core/unit-of-work.js';
import { userError, type UserError } from '../../core/user-error.js';
import { recordAudit } from '../audit/audit.service.js';
import { Role } from '../identity/role.js';
import type {
  CreateStandardInput,
  StandardInput,
  StandardPayload,
  StandardsArgs,
  UpdateStandardInput,
} from './standard.inputs.js';

const CODE = /^[A-Z0-9][A-Z0-9_]{1,39}$/;
/** Codes that would read as the catalogue's own addresses (`/standards/new`). */
const RESERVED_CODES = new Set(['NEW', 'EDIT']);

const describe = (s: Standard) => ({
  code: s.code,
  name: s.name,
  version: s.version,
  publisher: s.publisher,
  category: s.category,
  appliesTo: s.appliesTo,
  assessment: s.assessment,
  levels: s.levels,
  compliantLevels: s.compliantLevels,
  certificateMonths: s.certificateMonths,
  status: s.status,
  effectiveFrom: s.effectiveFrom,
  effectiveTo: s.effectiveTo,
  supersedes: s.supersedes?.id ?? null,
  url: s.url,
});

/** The standards catalogue: public to read, curated by central users. */
export class StandardService {
  constructor(
    private readonly em: EntityManager,
    private readonly ctx: Context | null = null,
  ) {}

  list(args: StandardsArgs): Promise<ConnectionShape<Standard>> {
    const f = args.filter ?? {};
    const where: FilterQuery<Standard>[] = [];
    if (f.search != null) {
      const pattern = containsPattern(searchText(f.search));
      where.push({
        $or: [
          { code: { $ilike: pattern } },
          { name: { $ilike: pattern } },
          { publisher: { $ilike: pattern } },
        ],
      });
    }
    if (f.categories?.length) where.push({ category: { $in: f.categories } });
    if (f.appliesTo?.length)
      where.push({ appliesTo: { $in: [...new Set([...f.appliesTo, StandardAppliesTo.BOTH])] } });
    where.push({
      status: { $in: f.statuses?.length ? f.statuses : [StandardStatus.DRAFT, StandardStatus.EFFECTIVE] },
    });
    return paginate(this.em, Standard, args, {
      where: { $and: where },
      orderBy: { category: 'asc', code: 'asc' },
    });
  }

  byCode(code: string): Promise<Standard | null> {
    return this.em.findOne(Standard, { code: code.trim().toUpperCase() });
  }

  supersededBy(standard: Standard): Promise<Standard | null> {
    return this.em.findOne(Standard, { supersedes: standard.id });
  }

  /** The levels that count as compliant: as given, else as they were (none for a new standard). */
  private compliantLevels(input: StandardInput, current: Standard | null): string[] {
    if (input.assessment !== StandardAssessment.LEVELS) return [];
    const given = input.compliantLevels ?? current?.compliantLevels ?? [];
    return [...new Set(given.map((l) => l.trim()).filter(Boolean))];
  }

  private async check(
    input: StandardInput,
    current: Standard | null,
  ): Promise<{ errors: UserError[]; supersedes: Standard | null }> {
    const id = current?.id ?? null;
    const errors: UserError[] = [];
    const code = input.code.trim().toUpperCase();
    if (!CODE.test(code)) {
      errors.push(
        userError('INVALID', 'Enter a code of 2 to 40 capitals, digits or underscores, like DCB0129.', [
          'code',
        ]),
      );
    } else if (RESERVED_CODES.has(code)) {
      errors.push(
        userError('INVALID', `${code} is kept for the catalogue’s own pages: choose another code.`, ['code']),
      );
    } else if (await this.em.count(Standard, { code, ...(id ? { id: { $ne: id } } : {}) })) {
      errors.push(userError('CONFLICT', `Another standard already has the code ${code}.`, ['code']));
    }
    const required: [keyof StandardInput & ('name' | 'publisher'), string, number][] = [
      ['name', 'Enter the standard’s name.', 300],
      ['publisher', 'Enter who publishes it.', 200],
    ];
    for (const [field, message, max] of required) {
      const value = input[field].trim();
      if (!value) errors.push(userError('INVALID', message, [field]));
      if (value.length > max)
        errors.push(userError('INVALID', `This must be ${max} characters or fewer.`, [field]));
    }
    if ((input.version ?? '').trim().length > 40)
      errors.push(userError('INVALID', 'The version must be 40 characters or fewer.', ['version']));
    const levels = (input.levels ?? []).map((l) => l.trim()).filter(Boolean);
    if (input.assessment === StandardAssessment.LEVELS && levels.length < 2) {
      errors.push(userError('INVALID', 'Name at least two levels, in the publisher’s order.', ['levels']));
    }
    if (input.assessment === StandardAssessment.PASS_FAIL && levels.length) {
      errors.push(userError('INVALID', 'A pass/fail standard has no levels.', ['levels']));
    }
    const compliantLevels = this.compliantLevels(input, current);
    if (input.assessment === StandardAssessment.LEVELS) {
      const unknown = compliantLevels.filter((l) => !levels.includes(l));
      if (unknown.length)
        errors.push(
          userError(
            'INVALID',
            `Only the standard’s own levels can count as compliant: ${unknown.join(', ')} is not one of them.`,
            ['compliantLevels'],
          ),
        );
    } else if (input.compliantLevels?.length) {
      errors.push(
        userError('INVALID', 'A pass/fail standard has no levels to count as compliant.', [
          'compliantLevels',
        ]),
      );
    }
    const months = input.certificateMonths;
    if (months != null && (!Number.isInteger(months) || months < 1 || months > 60)) {
      errors.push(
        userError('INVALID', 'A certificate lasts from 1 to 60 months: enter a whole number in that range.', [
          'certificateMonths',
        ]),
      );
    }
    if (input.effectiveFrom && input.effectiveTo && input.effectiveTo < input.effectiveFrom) {
      errors.push(
        userError('INVALID', 'The standard cannot stop being in force before it starts.', ['effectiveTo']),
      );
    }
    const url = input.url?.trim();
    if (url && (!isHttpUrl(url) || url.length > 500)) {
      errors.push(userError('INVALID', 'Enter the address in full, like https://digital.nhs.uk/…', ['url']));
    }
    let supersedes: Standard | null = null;
    if (input.supersedesCode?.trim()) {
      supersedes = await this.byCode(input.supersedesCode);
      if (!supersedes)
        errors.push(userError('NOT_FOUND', 'There is no standard with that code.', ['supersedesCode']));
      else if (supersedes.id === id)
        errors.push(userError('INVALID', 'A standard cannot replace itself.', ['supersedesCode']));
    }
    return { errors, supersedes };
  }

  private apply(
    em: EntityManager,
    standard: Standard,
    input: StandardInput,
    supersedes: Standard | null,
  ): void {
    const compliantLevels = this.compliantLevels(input, standard);
    const certificateMonths =
      input.certificateMonths === undefined ? standard.certificateMonths : input.certificateMonths;
    em.assign(standard, {
      compliantLevels,
      certificateMonths,
      code: input.code.trim().toUpperCase(),
      name: input.name.trim(),
      version: input.version?.trim() || null,
      publisher: input.publisher.trim(),
      category: input.category,
      appliesTo: input.appliesTo,
      assessment: input.assessment,
      levels:
        input.assessment === StandardAssessment.LEVELS
          ? (input.levels ?? []).map((l) => l.trim()).filter(Boolean)
          : [],
      status: input.status,
      effectiveFrom: input.effectiveFrom ?? null,
      effectiveTo: input.effectiveTo ?? null,
      supersedes,
      url: input.url?.trim() || null,
    });
  }

  private viewer() {
    if (!this.ctx) throw new Error('StandardService needs a request context to change the catalogue');
    return {
      viewer: policy.actingAs(this.ctx.viewer, [Role.CENTRAL_COMMERCIAL]),
      requestId: this.ctx.requestId,
    };
  }

  async create(input: CreateStandardInput): Promise<StandardPayload> {
    const { viewer, requestId } = this.viewer();
    const { errors, supersedes } = await this.check(input, null);
    if (errors.length) return { standard: null, userErrors: errors };
    const { saved, userErrors } = await saveChange(this.em, 'standard', async (tx) => {
      const standard = tx.create(Standard, {
        code: '',
        name: '',
        publisher: '',
        category: input.category,
        appliesTo: input.appliesTo,
        assessment: input.assessment,
      });
      this.apply(tx, standard, input, supersedes);
      await tx.flush();
      recordAudit(tx, viewer, requestId, {
        action: 'createStandard',
        entityType: 'Standard',
        entityId: standard.id,
        after: describe(standard),
      });
      return standard;
    });
    return { standard: saved, userErrors };
  }

  async update(input: UpdateStandardInput): Promise<StandardPayload> {
    const { viewer, requestId } = this.viewer();
    const standard = isUuid(input.id) ? await this.em.findOne(Standard, { id: input.id }) : null;
    if (!standard)
      return { standard: null, userErrors: [userError('NOT_FOUND', 'There is no such standard.', ['id'])] };
    if (standard.rowVersion !== input.expectedRowVersion)
      return { standard: null, userErrors: [staleVersion('standard')] };
    const { errors, supersedes } = await this.check(input, standard);
    if (errors.length) return { standard: null, userErrors: errors };
    const before = describe(standard);
    const { saved, userErrors } = await saveChange(this.em, 'standard', async (tx) => {
      this.apply(tx, standard, input, supersedes);
      await tx.flush();
      recordAudit(tx, viewer, requestId, {
        action: 'updateStandard',
        entityType: 'Standard',
        entityId: standard.id,
        before,
        after: describe(standard),
      });
      return standard;
    });
    return { standard: saved, userErrors };
  }
}
