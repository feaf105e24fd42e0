import type { EntityManager } from '@mikro-orm/sql';
import { Organisation } from '../organisations/organisation.entity.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { Membership } from './membership.entity.js';
import { hashPassword } from './password.js';
import { Role } from './role.js';
import { User } from './user.entity.js';

/** Shared by every demo account. Demo data never loads with NODE_ENV=production. */
export const DEMO_PASSWORD = 'concord-demo-password';

export const DEMO_ACCOUNTS = [
  { email: 'admin@concord.example', name: 'Ada Admin', role: Role.ADMIN, odsCode: null },
  {
    email: 'commercial@nhsengland.example',
    name: 'Chris Commercial',
    role: Role.CENTRAL_COMMERCIAL,
    odsCode: 'X24',
  },
  {
    email: 'procurement@royalfree.example',
    name: 'Priya Procurement',
    role: Role.TRUST_PROCUREMENT,
    odsCode: 'RAL',
  },
  {
    email: 'compliance@royalfree.example',
    name: 'Sam Compliance',
    role: Role.TRUST_COMPLIANCE,
    odsCode: 'RAL',
  },
  { email: 'supplier@meridian.example', name: 'Sol Supplier', role: Role.SUPPLIER, odsCode: null },
] as const;

/** A fictional supplier for the demo supplier account (ZZ is no Companies House prefix). */
export const DEMO_SUPPLIER = {
  name: 'Meridian Clinical Systems Ltd (demo)',
  companiesHouseNumber: 'ZZ000001',
  sme: true,
};

/** Creates the demo accounts that do not exist yet; returns how many it created. */
export async function loadDemoAccounts(em: EntityManager): Promise<number> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return em.transactional(async (tx) => {
    let created = 0;
    for (const account of DEMO_ACCOUNTS) {
      if (await tx.count(User, { email: account.email })) continue;
      const user = tx.create(User, { email: account.email, name: account.name, passwordHash });
      const organisation = account.odsCode
        ? await tx.findOneOrFail(Organisation, { odsCode: account.odsCode })
        : null;
      const supplier =
        account.role === Role.SUPPLIER
          ? ((await tx.findOne(Supplier, { companiesHouseNumber: DEMO_SUPPLIER.companiesHouseNumber })) ??
            tx.create(Supplier, DEMO_SUPPLIER))
          : null;
      tx.create(Membership, { user, organisation, supplier, role: account.role });
      created++;
    }
    return created;
  });
}

/** The demo accounts still present and active, to remind people at start how to sign in. */
export async function demoAccountsPresent(em: EntityManager) {
  const emails = new Set(
    (await em.find(User, { email: { $in: DEMO_ACCOUNTS.map((a) => a.email) }, active: true })).map(
      (u) => u.email,
    ),
  );
  return DEMO_ACCOUNTS.filter((a) => emails.has(a.email));
}
