import type { FilterQuery } from '@mikro-orm/core';
import { policy } from '../../core/auth/policy.js';
import type { Viewer } from '../../core/auth/viewer.js';
import type { Context } from '../../core/context.js';
import { DomainError, ErrorCode } from '../../core/errors.js';
import { isUuid } from '../../core/ids.js';
import { paginate, type ConnectionShape } from '../../core/pagination.js';
import { containsPattern, searchText } from '../../core/search.js';
import { saveChange, staleVersion } from '../../core/unit-of-work.js';
import { userError, type UserError } from '../../core/user-error.js';
import { recordAudit } from '../audit/audit.service.js';
import { Role } from '../identity/role.js';
import { COMPANIES_HOUSE_NUMBER, Supplier } from './supplier.entity.js';
import type {
  CreateSupplierInput,
  SupplierInput,
  SupplierPayload,
  SuppliersArgs,
  UpdateSupplierInput,
} from './supplier.types.js';

const describe = (s: Supplier) => ({
  name: s.name,
  companiesHouseNumber: s.companiesHouseNumber,
  sme: s.sme,
  website: s.website,
});

/** Whether the viewer may edit the supplier and its products: central users, or the supplier itself. */
export function canManageSupplier(viewer: Viewer, supplierId: string): boolean {
  if (viewer.kind !== 'user' || !viewer.membership) return false;
  const { role } = viewer.membership;
  return (
    role === Role.CENTRAL_COMMERCIAL ||
    (role === Role.SUPPLIER && viewer.membership.supplier?.id === supplierId)
  );
}

export const normaliseCompaniesHouseNumber = (value: string) => value.replace(/\s+/g, '').toUpperCase();

/** Suppliers: public to read; central users add and edit them, suppliers edit their own details. */
export class SupplierService {
  constructor(private readonly ctx: Context) {}

  list(args: SuppliersArgs): Promise<ConnectionShape<Supplier>> {
    const f = args.filter ?? {};
    const where: FilterQuery<Supplier>[] = [];
    if (f.search != null) {
      const text = searchText(f.search);
      where.push({
        $or: [
          { name: { $ilike: containsPattern(text) } },
          { companiesHouseNumber: normaliseCompaniesHouseNumber(text) },
        ],
      });
    }
    if (f.sme != null) where.push({ sme: f.sme });
    return paginate(this.ctx.em, Supplier, args, {
      where: where.length ? { $and: where } : {},
      orderBy: { name: 'asc', id: 'asc' },
    });
  }

  byId(id: string): Promise<Supplier | null> {
    return isUuid(id) ? this.ctx.em.findOne(Supplier, { id }) : Promise.resolve(null);
  }

  private async check(input: SupplierInput, id: string | null): Promise<UserError[]> {
    const errors: UserError[] = [];
    const name = input.name.trim();
    if (!name) errors.push(userError('INVALID', 'Enter the supplier’s name.', ['name']));
    if (name.length > 200)
      errors.push(userError('INVALID', 'The name must be 200 characters or fewer.', ['name']));
    const number = normaliseCompaniesHouseNumber(input.companiesHouseNumber);
    if (!COMPANIES_HOUSE_NUMBER.test(number)) {
      errors.push(
        userError(
          'INVALID',
          'Enter a Companies House number: 8 digits, or 2 letters and 6 digits, like 01234567 or SC123456.',
          ['companiesHouseNumber'],
        ),
      );
    } else if (
      await this.ctx.em.count(Supplier, { companiesHouseNumber: number, ...(id ? { id: { $ne: id } } : {}) })
    ) {
      errors.push(
        userError('CONFLICT', `Another supplier already has Companies House number ${number}.`, [
          'companiesHouseNumber',
        ]),
      );
    }
    const website = input.website?.trim();
    if (website && (!/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(website) || website.length > 300)) {
      errors.push(
        userError('INVALID', 'Enter the website as a full address, like https://example.com.', ['website']),
      );
    }
    return errors;
  }

  private fields(input: SupplierInput) {
    return {
      name: input.name.trim(),
      companiesHouseNumber: normaliseCompaniesHouseNumber(input.companiesHouseNumber),
      sme: input.sme,
      website: input.website?.trim() || null,
    };
  }

  private duplicate() {
    return userError('CONFLICT', 'Another supplier already has that Companies House number.', [
      'companiesHouseNumber',
    ]);
  }

  async create(input: CreateSupplierInput): Promise<SupplierPayload> {
    const viewer = policy.actingAs(this.ctx.viewer, [Role.CENTRAL_COMMERCIAL]);
    const errors = await this.check(input, null);
    if (errors.length) return { supplier: null, userErrors: errors };
    const { saved, userErrors } = await saveChange(
      this.ctx.em,
      'supplier',
      async (tx) => {
        const supplier = tx.create(Supplier, this.fields(input));
        await tx.flush();
        recordAudit(tx, viewer, this.ctx.requestId, {
          action: 'createSupplier',
          entityType: 'Supplier',
          entityId: supplier.id,
          after: describe(supplier),
        });
        return supplier;
      },
      this.duplicate(),
    );
    return { supplier: saved, userErrors };
  }

  async update(input: UpdateSupplierInput): Promise<SupplierPayload> {
    const viewer = policy.actingAs(this.ctx.viewer, [Role.CENTRAL_COMMERCIAL, Role.SUPPLIER]);
    const supplier = await this.byId(input.id);
    if (!supplier)
      return { supplier: null, userErrors: [userError('NOT_FOUND', 'There is no such supplier.', ['id'])] };
    if (!canManageSupplier(viewer, supplier.id)) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'Suppliers may edit only their own details.');
    }
    if (supplier.version !== input.expectedRowVersion)
      return { supplier: null, userErrors: [staleVersion('supplier')] };
    const errors = await this.check(input, supplier.id);
    if (errors.length) return { supplier: null, userErrors: errors };
    const before = describe(supplier);
    const { saved, userErrors } = await saveChange(
      this.ctx.em,
      'supplier',
      async (tx) => {
        Object.assign(supplier, this.fields(input));
        await tx.flush();
        recordAudit(tx, viewer, this.ctx.requestId, {
          action: 'updateSupplier',
          entityType: 'Supplier',
          entityId: supplier.id,
          before,
          after: describe(supplier),
        });
        return supplier;
      },
      this.duplicate(),
    );
    return { supplier: saved, userErrors };
  }
}
