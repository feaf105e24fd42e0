import type { FilterQuery } from '@mikro-orm/core';
import { policy } from '../../core/auth/policy.js';
import type { Context } from '../../core/context.js';
import { DomainError, ErrorCode } from '../../core/errors.js';
import { isUuid } from '../../core/ids.js';
import { paginate, type ConnectionShape } from '../../core/pagination.js';
import { containsPattern, searchText } from '../../core/search.js';
import { saveChange, staleVersion } from '../../core/unit-of-work.js';
import { userError, type UserError } from '../../core/user-error.js';
import { recordAudit } from '../audit/audit.service.js';
import { Role } from '../identity/role.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { canManageSupplier } from '../suppliers/supplier.service.js';
import { CpvCode } from './cpv-code.entity.js';
import { Product, ProductVersion } from './product.entity.js';
import type {
  AddProductVersionInput,
  AddProductVersionPayload,
  CpvCodesArgs,
  CreateProductInput,
  ProductInput,
  ProductPayload,
  ProductsArgs,
  UpdateProductInput,
} from './product.types.js';

const VERSION = /^[\w.+\- ]{1,40}$/;

const describe = (p: Product) => ({
  name: p.name,
  category: p.category,
  cpvCode: p.cpvCode.unwrap().code,
  description: p.description,
});

/** Products and their versions: public to read; central users and the supplier itself edit them. */
export class ProductService {
  constructor(private readonly ctx: Context) {}

  list(args: ProductsArgs): Promise<ConnectionShape<Product>> {
    const f = args.filter ?? {};
    const where: FilterQuery<Product>[] = [];
    if (f.search != null) {
      const pattern = containsPattern(searchText(f.search));
      where.push({ $or: [{ name: { $ilike: pattern } }, { supplier: { name: { $ilike: pattern } } }] });
    }
    if (f.categories?.length) where.push({ category: { $in: f.categories } });
    if (f.supplierId != null) where.push({ supplier: isUuid(f.supplierId) ? f.supplierId : null });
    if (f.cpvCode != null) where.push({ cpvCode: f.cpvCode.trim() });
    return paginate(this.ctx.em, Product, args, {
      where: where.length ? { $and: where } : {},
      orderBy: { name: 'asc', id: 'asc' },
    });
  }

  byId(id: string): Promise<Product | null> {
    return isUuid(id) ? this.ctx.em.findOne(Product, { id }) : Promise.resolve(null);
  }

  cpvCodes(args: CpvCodesArgs): Promise<CpvCode[]> {
    if (!Number.isInteger(args.first) || args.first < 1 || args.first > 100) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Argument "first" must be between 1 and 100.', {
        argument: 'first',
      });
    }
    const text = args.search != null ? searchText(args.search, 'search') : '';
    const pattern = containsPattern(text);
    return this.ctx.em.find(
      CpvCode,
      text
        ? { $or: [{ code: { $like: `${text.replace(/[\\%_]/g, '')}%` } }, { label: { $ilike: pattern } }] }
        : {},
      { orderBy: { code: 'asc' }, limit: args.first },
    );
  }

  private async check(
    input: ProductInput,
    supplierId: string,
    productId: string | null,
  ): Promise<UserError[]> {
    const errors: UserError[] = [];
    const name = input.name.trim();
    if (!name) errors.push(userError('INVALID', 'Enter the product’s name.', ['name']));
    if (name.length > 200)
      errors.push(userError('INVALID', 'The name must be 200 characters or fewer.', ['name']));
    if (
      name &&
      (await this.ctx.em.count(Product, {
        supplier: supplierId,
        name,
        ...(productId ? { id: { $ne: productId } } : {}),
      }))
    ) {
      errors.push(userError('CONFLICT', 'This supplier already has a product with that name.', ['name']));
    }
    if (!(await this.ctx.em.count(CpvCode, { code: input.cpvCode.trim() }))) {
      errors.push(
        userError(
          'NOT_FOUND',
          `${input.cpvCode.trim() || 'That'} is not a CPV code in the ICT list: choose one from the list.`,
          ['cpvCode'],
        ),
      );
    }
    if ((input.description ?? '').length > 5000) {
      errors.push(
        userError('INVALID', 'The description must be 5,000 characters or fewer.', ['description']),
      );
    }
    return errors;
  }

  private authorise(supplierId: string) {
    const viewer = policy.actingAs(this.ctx.viewer, [Role.CENTRAL_COMMERCIAL, Role.SUPPLIER]);
    if (!canManageSupplier(viewer, supplierId)) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'Suppliers may manage only their own products.');
    }
    return viewer;
  }

  async create(input: CreateProductInput): Promise<ProductPayload> {
    const supplier = isUuid(input.supplierId)
      ? await this.ctx.em.findOne(Supplier, { id: input.supplierId })
      : null;
    if (!supplier) {
      policy.actingAs(this.ctx.viewer, [Role.CENTRAL_COMMERCIAL, Role.SUPPLIER]);
      return {
        product: null,
        userErrors: [userError('NOT_FOUND', 'There is no such supplier.', ['supplierId'])],
      };
    }
    const viewer = this.authorise(supplier.id);
    const errors = await this.check(input, supplier.id, null);
    const versions = input.versions.map((v) => v.trim());
    if (!versions.length)
      errors.push(userError('INVALID', 'Give at least one version, like 1.0.', ['versions']));
    versions.forEach((v, i) => {
      if (!VERSION.test(v))
        errors.push(
          userError('INVALID', 'A version is 1 to 40 letters, digits, dots or hyphens.', [
            'versions',
            String(i),
          ]),
        );
      else if (versions.indexOf(v) !== i)
        errors.push(userError('CONFLICT', `Version ${v} is given twice.`, ['versions', String(i)]));
    });
    if (errors.length) return { product: null, userErrors: errors };
    const { saved, userErrors } = await saveChange(this.ctx.em, 'product', async (tx) => {
      const product = tx.create(Product, {
        supplier,
        name: input.name.trim(),
        category: input.category,
        cpvCode: tx.getReference(CpvCode, input.cpvCode.trim()),
        description: input.description?.trim() ?? '',
      });
      for (const version of versions) tx.create(ProductVersion, { product, version });
      await tx.flush();
      recordAudit(tx, viewer, this.ctx.requestId, {
        action: 'createProduct',
        entityType: 'Product',
        entityId: product.id,
        after: { ...describe(product), supplierId: supplier.id, versions },
      });
      return product;
    });
    return { product: saved, userErrors };
  }

  async update(input: UpdateProductInput): Promise<ProductPayload> {
    const product = await this.byId(input.id);
    if (!product) {
      policy.actingAs(this.ctx.viewer, [Role.CENTRAL_COMMERCIAL, Role.SUPPLIER]);
      return { product: null, userErrors: [userError('NOT_FOUND', 'There is no such product.', ['id'])] };
    }
    const viewer = this.authorise(product.supplier.id);
    if (product.rowVersion !== input.expectedRowVersion)
      return { product: null, userErrors: [staleVersion('product')] };
    const errors = await this.check(input, product.supplier.id, product.id);
    if (errors.length) return { product: null, userErrors: errors };
    const before = describe(product);
    const { saved, userErrors } = await saveChange(this.ctx.em, 'product', async (tx) => {
      product.name = input.name.trim();
      product.category = input.category;
      product.cpvCode = tx.getReference(CpvCode, input.cpvCode.trim(), { wrapped: true });
      product.description = input.description?.trim() ?? '';
      await tx.flush();
      recordAudit(tx, viewer, this.ctx.requestId, {
        action: 'updateProduct',
        entityType: 'Product',
        entityId: product.id,
        before,
        after: describe(product),
      });
      return product;
    });
    return { product: saved, userErrors };
  }

  async addVersion(input: AddProductVersionInput): Promise<AddProductVersionPayload> {
    const product = isUuid(input.productId)
      ? await this.ctx.em.findOne(Product, { id: input.productId })
      : null;
    if (!product) {
      policy.actingAs(this.ctx.viewer, [Role.CENTRAL_COMMERCIAL, Role.SUPPLIER]);
      return {
        productVersion: null,
        userErrors: [userError('NOT_FOUND', 'There is no such product.', ['productId'])],
      };
    }
    const viewer = this.authorise(product.supplier.id);
    const version = input.version.trim();
    if (!VERSION.test(version)) {
      return {
        productVersion: null,
        userErrors: [
          userError('INVALID', 'A version is 1 to 40 letters, digits, dots or hyphens.', ['version']),
        ],
      };
    }
    const taken = userError('CONFLICT', `The product already has version ${version}.`, ['version']);
    if (await this.ctx.em.count(ProductVersion, { product, version }))
      return { productVersion: null, userErrors: [taken] };
    const { saved, userErrors } = await saveChange(
      this.ctx.em,
      'product',
      async (tx) => {
        const created = tx.create(ProductVersion, { product, version, releasedOn: input.releasedOn ?? null });
        await tx.flush();
        recordAudit(tx, viewer, this.ctx.requestId, {
          action: 'addProductVersion',
          entityType: 'Product',
          entityId: product.id,
          after: { version, releasedOn: created.releasedOn },
        });
        return created;
      },
      taken,
    );
    return { productVersion: saved, userErrors };
  }
}
