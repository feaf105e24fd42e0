import { Migration } from '@mikro-orm/migrations';

export class Migration20261202220214_compliance extends Migration {
  override name = 'Migration20261202220214_compliance';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "compliance_declaration" ("id" uuid not null, "organisation_id" uuid null, "product_version_id" uuid null, "standard_id" uuid not null, "status" text not null, "level" varchar(60) null, "not_applicable_reason" text null, "evidence_statement" text not null default '', "evidence_links" text[] not null default '{}', "certificate_number" varchar(100) null, "certificate_issued_on" date null, "expires_on" date null, "remediation_due_on" date null, "remediation_actions" text[] not null default '{}', "declared_by_id" uuid null, "declared_by_membership_id" uuid null, "declared_at" timestamptz not null default now(), "supersedes_id" uuid null, "superseded_at" timestamptz null, "verification" text null, "verification_comment" text null, "verified_by_id" uuid null, "verified_at" timestamptz null, "row_version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(
      `alter table "compliance_declaration" add constraint "compliance_declaration_supersedes_id_unique" unique ("supersedes_id");`,
    );
    this.addSql(
      `create index "compliance_declaration_declared_at_index" on "compliance_declaration" ("declared_at");`,
    );
    this.addSql(
      `create index "compliance_declaration_expires_on_index" on "compliance_declaration" ("expires_on");`,
    );
    this.addSql(
      `create index "compliance_declaration_standard_id_index" on "compliance_declaration" ("standard_id");`,
    );
    this.addSql(
      `create unique index "compliance_declaration_current_product_version" on "compliance_declaration" ("product_version_id", "standard_id") where "superseded_at" is null and "product_version_id" is not null;`,
    );
    this.addSql(
      `create unique index "compliance_declaration_current_organisation" on "compliance_declaration" ("organisation_id", "standard_id") where "superseded_at" is null and "organisation_id" is not null;`,
    );

    this.addSql(
      `create table "compliance_local_acceptance" ("id" uuid not null, "organisation_id" uuid not null, "declaration_id" uuid not null, "note" text not null, "accepted_by_id" uuid not null, "accepted_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(
      `alter table "compliance_local_acceptance" add constraint "compliance_local_acceptance_organisation_id_decla_038a0_unique" unique ("organisation_id", "declaration_id");`,
    );

    this.addSql(
      `alter table "compliance_declaration" add constraint "compliance_declaration_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "compliance_declaration" add constraint "compliance_declaration_product_version_id_foreign" foreign key ("product_version_id") references "product_version" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "compliance_declaration" add constraint "compliance_declaration_standard_id_foreign" foreign key ("standard_id") references "standard" ("id");`,
    );
    this.addSql(
      `alter table "compliance_declaration" add constraint "compliance_declaration_declared_by_id_foreign" foreign key ("declared_by_id") references "app_user" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "compliance_declaration" add constraint "compliance_declaration_supersedes_id_foreign" foreign key ("supersedes_id") references "compliance_declaration" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "compliance_declaration" add constraint "compliance_declaration_verified_by_id_foreign" foreign key ("verified_by_id") references "app_user" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "compliance_declaration" add constraint "compliance_declaration_one_subject" check (num_nonnulls(organisation_id, product_version_id) = 1);`,
    );
    this.addSql(
      `alter table "compliance_declaration" add constraint "compliance_declaration_status_check" check ("status" in ('COMPLIANT', 'PARTIAL', 'NON_COMPLIANT', 'PLANNED', 'NOT_APPLICABLE', 'LAPSED'));`,
    );
    this.addSql(
      `alter table "compliance_declaration" add constraint "compliance_declaration_verification_check" check ("verification" in ('VERIFIED', 'REJECTED'));`,
    );

    this.addSql(
      `alter table "compliance_local_acceptance" add constraint "compliance_local_acceptance_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`,
    );
    this.addSql(
      `alter table "compliance_local_acceptance" add constraint "compliance_local_acceptance_declaration_id_foreign" foreign key ("declaration_id") references "compliance_declaration" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "compliance_local_acceptance" add constraint "compliance_local_acceptance_accepted_by_id_foreign" foreign key ("accepted_by_id") references "app_user" ("id");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(
      `alter table "compliance_declaration" drop constraint "compliance_declaration_supersedes_id_foreign";`,
    );
    this.addSql(
      `alter table "compliance_local_acceptance" drop constraint "compliance_local_acceptance_declaration_id_foreign";`,
    );

    this.addSql(`drop table if exists "compliance_declaration" cascade;`);
    this.addSql(`drop table if exists "compliance_local_acceptance" cascade;`);
  }
}
