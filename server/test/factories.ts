import type { EntityManager } from '@mikro-orm/sql';
import { Membership } from '../src/modules/identity/membership.entity.js';
import { hashPassword } from '../src/modules/identity/password.js';
import type { Role } from '../src/modules/identity/role.js';
import { User } from '../src/modules/identity/user.entity.js';
import { Organisation } from '../src/modules/organisations/organisation.entity.js';
import { Supplier } from '../src/modules/suppliers/supplier.entity.js';

export const TEST_PASSWORD = 'a-long-test-password';
let hashed: Promise<string> | undefined;
let counter = 0;

/**
 * A user with one membership per `[role, odsCode]` given. Until the API can create users (ADMIN
 * mutations), tests create them through the ORM. A SUPPLIER membership acts for `supplierId` when
 * given, else for a fictional supplier of its own.
 */
export async function createUser(
  em: EntityManager,
  memberships: [Role, string | null][],
  overrides: Partial<Pick<User, 'email' | 'name' | 'active'>> = {},
  supplierId: string | null = null,
): Promise<User> {
  hashed ??= hashPassword(TEST_PASSWORD);
  const passwordHash = await hashed;
  counter += 1;
  return em.transactional(async (tx) => {
    const user = tx.create(User, {
      email: `user${counter}.${process.pid}@test.example`,
      name: `Test User ${counter}`,
      passwordHash,
      ...overrides,
    });
    for (const [role, odsCode] of memberships) {
      const organisation = odsCode ? await tx.findOneOrFail(Organisation, { odsCode }) : null;
      // A SUPPLIER membership acts for a supplier: each gets a fictional one of its own.
      const supplier =
        role !== 'SUPPLIER'
          ? null
          : supplierId
            ? await tx.findOneOrFail(Supplier, { id: supplierId })
            : tx.create(Supplier, {
                name: `Test Supplier ${counter} Ltd`,
                companiesHouseNumber: `ZZ${String(counter + process.pid * 1000)
                  .slice(-6)
                  .padStart(6, '0')}`,
              });
      tx.create(Membership, { user, organisation, supplier, role });
    }
    return user;
  });
}
