import { defineEnum, type EnumValue } from '../../core/graphql-enum.js';

export const Role = defineEnum('Role', 'What a membership allows its holder to do, and where.', {
  ADMIN: 'Manages users and memberships across the system.',
  CENTRAL_COMMERCIAL:
    'A central body: publishes frameworks, lots, awards and prices; curates standards; verifies declarations; reads all.',
  TRUST_PROCUREMENT: "One trust: manages that trust's contracts and imports; reads benchmarks.",
  TRUST_COMPLIANCE: "One trust: declares that trust's compliance; reads its own and published data.",
  SUPPLIER: "One supplier: declares its products' conformance; reads frameworks it is on.",
});
export type Role = EnumValue<typeof Role>;
