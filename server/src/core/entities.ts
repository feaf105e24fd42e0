import { Icb } from '../modules/organisations/icb.entity.js';
import { Organisation } from '../modules/organisations/organisation.entity.js';
import { Region } from '../modules/organisations/region.entity.js';
import { Standard } from '../modules/standards/standard.entity.js';
import { Supplier } from '../modules/suppliers/supplier.entity.js';
import { CpvCode } from '../modules/catalogue/cpv-code.entity.js';
import { Product, ProductVersion } from '../modules/catalogue/product.entity.js';
import { CataloguePrice } from '../modules/frameworks/catalogue-price.entity.js';
import { FrameworkAmendment } from '../modules/frameworks/framework-amendment.entity.js';
import { Framework } from '../modules/frameworks/framework.entity.js';
import { LotAward } from '../modules/frameworks/lot-award.entity.js';
import { Lot } from '../modules/frameworks/lot.entity.js';
import { Contract } from '../modules/contracts/contract.entity.js';
import { ContractLine } from '../modules/contracts/contract-line.entity.js';
import { ContractImport } from '../modules/contracts/import/contract-import.entity.js';
import { ComplianceDeclaration } from '../modules/compliance/compliance-declaration.entity.js';
import { LocalAcceptance } from '../modules/compliance/local-acceptance.entity.js';
import { AuditEvent } from '../modules/audit/audit-event.entity.js';
import { ApiToken } from '../modules/identity/api-token.entity.js';
import { Membership } from '../modules/identity/membership.entity.js';
import { Session } from '../modules/identity/session.entity.js';
import { SignInThrottle } from '../modules/identity/sign-in-throttle.entity.js';
import { User } from '../modules/identity/user.entity.js';
import { RateLimitBucket } from './rate-limit.entity.js';

/** Every entity, listed explicitly (no folder discovery, so builds and tests see the same set). */
export const entities = [
  Region,
  Icb,
  Organisation,
  User,
  Membership,
  Session,
  SignInThrottle,
  RateLimitBucket,
  AuditEvent,
  ApiToken,
  Standard,
  Supplier,
  CpvCode,
  Product,
  ProductVersion,
  Framework,
  Lot,
  LotAward,
  CataloguePrice,
  FrameworkAmendment,
  Contract,
  ContractLine,
  ContractImport,
  ComplianceDeclaration,
  LocalAcceptance,
];
