import { Migration } from '@mikro-orm/migrations';

export class Migration20261202104916_contracts extends Migration {

  override name = 'Migration20261202104916_contracts';

  override up(): void | Promise<void> {
    this.addSql(`create table "contract" ("id" uuid not null, "buyer_id" uuid not null, "supplier_id" uuid not null, "award_id" uuid null, "route" text null, "reference" varchar(60) not null, "title" varchar(300) not null, "start_date" date not null, "end_date" date not null, "max_end_date" date null, "total_value" numeric(16,2) null, "status" text not null default 'ACTIVE', "price_visibility" text not null default 'ANONYMOUS', "notes" text not null default '', "expected_annual_benefit" numeric(16,2) null, "benefits_statement" text not null default '', "benefits_owner" varchar(200) not null default '', "termination_reason" text null, "source" text not null default 'MANUAL', "source_key" varchar(300) null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "row_version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "contract_award_id_index" on "contract" ("award_id");`);
    this.addSql(`create index "contract_supplier_id_index" on "contract" ("supplier_id");`);
    this.addSql(`create index "contract_buyer_id_end_date_index" on "contract" ("buyer_id", "end_date");`);
    this.addSql(`alter table "contract" add constraint "contract_buyer_id_reference_unique" unique ("buyer_id", "reference");`);

    this.addSql(`create table "contract_line" ("id" uuid not null, "contract_id" uuid not null, "line_reference" varchar(60) not null, "position" int not null, "product_version_id" uuid null, "description" varchar(500) not null default '', "category" text not null, "cpv_code" varchar(10) null, "role" varchar(100) null, "grade" varchar(100) null, "pricing_unit" text not null, "billing_period" text not null, "quantity" numeric(14,2) not null, "unit_price" numeric(14,4) not null, "discount_percent" numeric(5,2) not null default '0.00', "rebate" boolean not null default false, "bundle" boolean not null default false, "research_partnership" boolean not null default false, "suppressed" boolean not null default false, "suppression_reason" text null, "net_unit_price" numeric(14,4) not null, "annual_unit_price" numeric(14,4) not null, "one_off_unit_price" numeric(14,4) null, "annual_cost" numeric(16,2) not null, "total_cost" numeric(16,2) not null, "ceiling_price_id" uuid null, "ceiling_annual_unit_price" numeric(14,4) null, "above_ceiling" boolean not null default false, primary key ("id"));`);
    this.addSql(`create index "contract_line_category_pricing_unit_index" on "contract_line" ("category", "pricing_unit");`);
    this.addSql(`create index "contract_line_product_version_id_pricing_unit_index" on "contract_line" ("product_version_id", "pricing_unit");`);
    this.addSql(`alter table "contract_line" add constraint "contract_line_contract_id_line_reference_unique" unique ("contract_id", "line_reference") deferrable initially deferred;`);

    this.addSql(`alter table "contract" add constraint "contract_buyer_id_foreign" foreign key ("buyer_id") references "organisation" ("id");`);
    this.addSql(`alter table "contract" add constraint "contract_supplier_id_foreign" foreign key ("supplier_id") references "supplier" ("id");`);
    this.addSql(`alter table "contract" add constraint "contract_award_id_foreign" foreign key ("award_id") references "lot_award" ("id") on delete set null;`);
    this.addSql(`alter table "contract" add constraint "contract_route_check" check ("route" in ('DIRECT_AWARD', 'FURTHER_COMPETITION', 'OPEN', 'RESTRICTED', 'COMPETITIVE_FLEXIBLE', 'OTHER'));`);
    this.addSql(`alter table "contract" add constraint "contract_status_check" check ("status" in ('DRAFT', 'ACTIVE', 'EXPIRED', 'TERMINATED'));`);
    this.addSql(`alter table "contract" add constraint "contract_price_visibility_check" check ("price_visibility" in ('NAMED', 'ANONYMOUS', 'PRIVATE'));`);
    this.addSql(`alter table "contract" add constraint "contract_source_check" check ("source" in ('MANUAL', 'CSV_IMPORT', 'OCDS_IMPORT'));`);

    this.addSql(`alter table "contract_line" add constraint "contract_line_contract_id_foreign" foreign key ("contract_id") references "contract" ("id") on delete cascade;`);
    this.addSql(`alter table "contract_line" add constraint "contract_line_product_version_id_foreign" foreign key ("product_version_id") references "product_version" ("id") on delete set null;`);
    this.addSql(`alter table "contract_line" add constraint "contract_line_ceiling_price_id_foreign" foreign key ("ceiling_price_id") references "catalogue_price" ("id") on delete set null;`);
    this.addSql(`alter table "contract_line" add constraint "contract_line_category_check" check ("category" in ('EPR', 'PAS', 'PACS_RIS', 'LIMS', 'EPMA', 'PATIENT_FLOW', 'DIGITAL_DICTATION', 'PATIENT_ENGAGEMENT', 'INTEGRATION', 'CYBER_SECURITY', 'INFRASTRUCTURE', 'END_USER_DEVICES', 'CLOUD', 'PROFESSIONAL_SERVICES', 'OTHER'));`);
    this.addSql(`alter table "contract_line" add constraint "contract_line_pricing_unit_check" check ("pricing_unit" in ('PER_USER', 'PER_BED', 'PER_SITE', 'PER_REGISTERED_PATIENT', 'PER_LICENCE', 'PER_TRANSACTION', 'PER_DEVICE', 'PER_DAY', 'FIXED'));`);
    this.addSql(`alter table "contract_line" add constraint "contract_line_billing_period_check" check ("billing_period" in ('ONE_OFF', 'MONTHLY', 'ANNUAL'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "contract_line" drop constraint "contract_line_contract_id_foreign";`);

    this.addSql(`drop table if exists "contract" cascade;`);
    this.addSql(`drop table if exists "contract_line" cascade;`);
  }

}
