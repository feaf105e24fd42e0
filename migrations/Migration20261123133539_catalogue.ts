import { Migration } from '@mikro-orm/migrations';

export class Migration20261123133539_catalogue extends Migration {

  override name = 'Migration20261123133539_catalogue';

  override up(): void | Promise<void> {
    this.addSql(`create table "cpv_code" ("code" varchar(10) not null, "label" varchar(300) not null, primary key ("code"));`);

    this.addSql(`create table "framework" ("id" uuid not null, "owner_id" uuid not null, "reference" varchar(40) not null, "title" varchar(300) not null, "description" text not null default '', "start_date" date not null, "end_date" date not null, "status" text not null default 'DRAFT', "withdrawn_reason" text null, "published_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "row_version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "framework" add constraint "framework_reference_unique" unique ("reference");`);
    this.addSql(`create index "framework_status_end_date_index" on "framework" ("status", "end_date");`);

    this.addSql(`create table "lot" ("id" uuid not null, "framework_id" uuid not null, "number" int not null, "title" varchar(300) not null, "scope" text not null default '', "category" text not null, primary key ("id"));`);
    this.addSql(`alter table "lot" add constraint "lot_framework_id_number_unique" unique ("framework_id", "number");`);

    this.addSql(`create table "framework_amendment" ("id" uuid not null, "framework_id" uuid not null, "kind" text not null, "summary" text not null, "reason" text not null, "effective_from" date not null, "made_by_user_id" uuid null, "made_at" timestamptz not null default now(), "details" jsonb null, primary key ("id"));`);
    this.addSql(`create index "framework_amendment_framework_id_made_at_index" on "framework_amendment" ("framework_id", "made_at");`);

    this.addSql(`create table "lot_required_standard" ("lot_id" uuid not null, "standard_id" uuid not null, primary key ("lot_id", "standard_id"));`);

    this.addSql(`create table "product" ("id" uuid not null, "supplier_id" uuid not null, "name" varchar(200) not null, "category" text not null, "cpv_code" varchar(10) not null, "description" text not null default '', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "row_version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "product_category_name_index" on "product" ("category", "name");`);
    this.addSql(`alter table "product" add constraint "product_supplier_id_name_unique" unique ("supplier_id", "name");`);

    this.addSql(`create table "product_version" ("id" uuid not null, "product_id" uuid not null, "version" varchar(40) not null, "released_on" date null, "created_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`alter table "product_version" add constraint "product_version_product_id_version_unique" unique ("product_id", "version");`);

    this.addSql(`create table "lot_award" ("id" uuid not null, "lot_id" uuid not null, "supplier_id" uuid not null, "awarded_on" date null, primary key ("id"));`);
    this.addSql(`create index "lot_award_supplier_id_index" on "lot_award" ("supplier_id");`);
    this.addSql(`alter table "lot_award" add constraint "lot_award_lot_id_supplier_id_unique" unique ("lot_id", "supplier_id");`);

    this.addSql(`create table "catalogue_price" ("id" uuid not null, "award_id" uuid not null, "product_version_id" uuid not null, "pricing_unit" text not null, "billing_period" text not null, "role" varchar(100) null, "grade" varchar(100) null, "ceiling_unit_price" numeric(14,4) not null, "tiers" jsonb null, "tier_calculation" text null, "valid_from" date not null, "valid_to" date null, "replaces_id" uuid null, "created_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "catalogue_price_product_version_id_index" on "catalogue_price" ("product_version_id");`);
    this.addSql(`create index "catalogue_price_award_id_valid_from_index" on "catalogue_price" ("award_id", "valid_from");`);

    this.addSql(`alter table "framework" add constraint "framework_owner_id_foreign" foreign key ("owner_id") references "organisation" ("id");`);
    this.addSql(`alter table "framework" add constraint "framework_status_check" check ("status" in ('DRAFT', 'PUBLISHED', 'EXPIRED', 'WITHDRAWN'));`);

    this.addSql(`alter table "lot" add constraint "lot_framework_id_foreign" foreign key ("framework_id") references "framework" ("id") on delete cascade;`);
    this.addSql(`alter table "lot" add constraint "lot_category_check" check ("category" in ('EPR', 'PAS', 'PACS_RIS', 'LIMS', 'EPMA', 'PATIENT_FLOW', 'DIGITAL_DICTATION', 'PATIENT_ENGAGEMENT', 'INTEGRATION', 'CYBER_SECURITY', 'INFRASTRUCTURE', 'END_USER_DEVICES', 'CLOUD', 'PROFESSIONAL_SERVICES', 'OTHER'));`);

    this.addSql(`alter table "framework_amendment" add constraint "framework_amendment_framework_id_foreign" foreign key ("framework_id") references "framework" ("id") on delete cascade;`);
    this.addSql(`alter table "framework_amendment" add constraint "framework_amendment_kind_check" check ("kind" in ('ADD_AWARD', 'CHANGE_PRICE', 'EXTEND'));`);

    this.addSql(`alter table "lot_required_standard" add constraint "lot_required_standard_lot_id_foreign" foreign key ("lot_id") references "lot" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "lot_required_standard" add constraint "lot_required_standard_standard_id_foreign" foreign key ("standard_id") references "standard" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "product" add constraint "product_supplier_id_foreign" foreign key ("supplier_id") references "supplier" ("id");`);
    this.addSql(`alter table "product" add constraint "product_cpv_code_foreign" foreign key ("cpv_code") references "cpv_code" ("code");`);
    this.addSql(`alter table "product" add constraint "product_category_check" check ("category" in ('EPR', 'PAS', 'PACS_RIS', 'LIMS', 'EPMA', 'PATIENT_FLOW', 'DIGITAL_DICTATION', 'PATIENT_ENGAGEMENT', 'INTEGRATION', 'CYBER_SECURITY', 'INFRASTRUCTURE', 'END_USER_DEVICES', 'CLOUD', 'PROFESSIONAL_SERVICES', 'OTHER'));`);

    this.addSql(`alter table "product_version" add constraint "product_version_product_id_foreign" foreign key ("product_id") references "product" ("id") on delete cascade;`);

    this.addSql(`alter table "lot_award" add constraint "lot_award_lot_id_foreign" foreign key ("lot_id") references "lot" ("id") on delete cascade;`);
    this.addSql(`alter table "lot_award" add constraint "lot_award_supplier_id_foreign" foreign key ("supplier_id") references "supplier" ("id");`);

    this.addSql(`alter table "catalogue_price" add constraint "catalogue_price_award_id_foreign" foreign key ("award_id") references "lot_award" ("id") on delete cascade;`);
    this.addSql(`alter table "catalogue_price" add constraint "catalogue_price_product_version_id_foreign" foreign key ("product_version_id") references "product_version" ("id");`);
    this.addSql(`alter table "catalogue_price" add constraint "catalogue_price_replaces_id_foreign" foreign key ("replaces_id") references "catalogue_price" ("id") on delete set null;`);
    this.addSql(`alter table "catalogue_price" add constraint "catalogue_price_pricing_unit_check" check ("pricing_unit" in ('PER_USER', 'PER_BED', 'PER_SITE', 'PER_REGISTERED_PATIENT', 'PER_LICENCE', 'PER_TRANSACTION', 'PER_DEVICE', 'PER_DAY', 'FIXED'));`);
    this.addSql(`alter table "catalogue_price" add constraint "catalogue_price_billing_period_check" check ("billing_period" in ('ONE_OFF', 'MONTHLY', 'ANNUAL'));`);
    this.addSql(`alter table "catalogue_price" add constraint "catalogue_price_tier_calculation_check" check ("tier_calculation" in ('CUMULATIVE', 'SINGLE_FIXED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "product" drop constraint "product_cpv_code_foreign";`);
    this.addSql(`alter table "lot" drop constraint "lot_framework_id_foreign";`);
    this.addSql(`alter table "framework_amendment" drop constraint "framework_amendment_framework_id_foreign";`);
    this.addSql(`alter table "lot_required_standard" drop constraint "lot_required_standard_lot_id_foreign";`);
    this.addSql(`alter table "lot_award" drop constraint "lot_award_lot_id_foreign";`);
    this.addSql(`alter table "product_version" drop constraint "product_version_product_id_foreign";`);
    this.addSql(`alter table "catalogue_price" drop constraint "catalogue_price_product_version_id_foreign";`);
    this.addSql(`alter table "catalogue_price" drop constraint "catalogue_price_award_id_foreign";`);
    this.addSql(`alter table "catalogue_price" drop constraint "catalogue_price_replaces_id_foreign";`);

    this.addSql(`drop table if exists "cpv_code" cascade;`);
    this.addSql(`drop table if exists "framework" cascade;`);
    this.addSql(`drop table if exists "lot" cascade;`);
    this.addSql(`drop table if exists "framework_amendment" cascade;`);
    this.addSql(`drop table if exists "lot_required_standard" cascade;`);
    this.addSql(`drop table if exists "product" cascade;`);
    this.addSql(`drop table if exists "product_version" cascade;`);
    this.addSql(`drop table if exists "lot_award" cascade;`);
    this.addSql(`drop table if exists "catalogue_price" cascade;`);
  }

}
