import { ComplianceResolver, LocalAcceptanceResolver } from '../modules/compliance/compliance.resolver.js';
import { ComplianceViewsResolver } from '../modules/compliance/compliance-views.resolver.js';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './auth/policy.js';
import { IcbResolver, RegionResolver } from '../modules/organisations/region.resolver.js';
import { OrganisationResolver } from '../modules/organisations/organisation.resolver.js';
import { StandardResolver } from '../modules/standards/standard.resolver.js';
import { SupplierResolver } from '../modules/suppliers/supplier.resolver.js';
import { ProductResolver, ProductVersionResolver } from '../modules/catalogue/product.resolver.js';
import {
  CataloguePriceResolver,
  FrameworkResolver,
  LotAwardResolver,
  LotResolver,
} from '../modules/frameworks/framework.resolver.js';
import { ContractLineResolver, ContractResolver } from '../modules/contracts/contract.resolver.js';
import { ContractImportResolver } from '../modules/contracts/import/contract-import.resolver.js';
import { OcdsImportResolver } from '../modules/contracts/ocds/ocds-import.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { BenchmarkResolver } from '../modules/compare/benchmark.resolver.js';
import { SavingsResolver } from '../modules/compare/savings.resolver.js';
import { VolumeResolver } from '../modules/compare/volume.resolver.js';
import { CollaborationResolver } from '../modules/compare/collaboration.resolver.js';
import { UptakeResolver } from '../modules/compare/uptake.resolver.js';
import { AdminResolver } from '../modules/identity/admin.resolver.js';
import { ApiTokenResolver, MeApiTokensResolver } from '../modules/identity/api-token.resolver.js';
import { IdentityResolver, MeResolver, MembershipResolver } from '../modules/identity/identity.resolver.js';

export const resolvers = [
  OrganisationResolver,
  RegionResolver,
  IcbResolver,
  IdentityResolver,
  MembershipResolver,
  MeResolver,
  AdminResolver,
  AuditResolver,
  ApiTokenResolver,
  MeApiTokensResolver,
  StandardResolver,
  SupplierResolver,
  ProductResolver,
  ProductVersionResolver,
  FrameworkResolver,
  LotResolver,
  LotAwardResolver,
  CataloguePriceResolver,
  ContractResolver,
  ContractLineResolver,
  ContractImportResolver,
  OcdsImportResolver,
  BenchmarkResolver,
  SavingsResolver,
  VolumeResolver,
  CollaborationResolver,
  UptakeResolver,
  ComplianceResolver,
  LocalAcceptanceResolver,
  ComplianceViewsResolver,
] as const;

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: false, authChecker });
}

/** The SDL committed in schema/schema.graphql: sorted, so diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
