import { Migration } from '@mikro-orm/migrations';

export class Migration20261123095817_initial extends Migration {

  override name = 'Migration20261123095817_initial';

  override up(): void | Promise<void> {
    // Added by hand: the schema generator does not manage extensions. Search uses trigram indexes.
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create table "region" ("code" varchar(8) not null, "name" varchar(255) not null, primary key ("code"));`);

    this.addSql(`create table "icb" ("code" varchar(8) not null, "name" varchar(255) not null, "region_code" varchar(8) not null, "valid_from" date not null, "valid_to" date null, primary key ("code"));`);

    this.addSql(`create table "organisation" ("id" uuid not null, "ods_code" varchar(16) not null, "code_source" text not null, "name" varchar(255) not null, "kind" text not null, "trust_type" text null, "trust_type_source" text null, "region_code" varchar(8) null, "icb_code" varchar(8) null, "address_lines" text[] not null, "postcode" varchar(10) null, "phone" varchar(32) null, "opened_on" date null, "closed_on" date null, "search_key" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "organisation" add constraint "organisation_ods_code_unique" unique ("ods_code");`);
    this.addSql(`create index "organisation_kind_name_index" on "organisation" ("kind", "name");`);
    this.addSql(`create index "organisation_search_key_trgm_idx" on "organisation" using gin ("search_key" gin_trgm_ops);`);

    this.addSql(`alter table "icb" add constraint "icb_region_code_foreign" foreign key ("region_code") references "region" ("code");`);

    this.addSql(`alter table "organisation" add constraint "organisation_region_code_foreign" foreign key ("region_code") references "region" ("code") on delete set null;`);
    this.addSql(`alter table "organisation" add constraint "organisation_icb_code_foreign" foreign key ("icb_code") references "icb" ("code") on delete set null;`);
    this.addSql(`alter table "organisation" add constraint "organisation_code_source_check" check ("code_source" in ('ODS', 'LOCAL'));`);
    this.addSql(`alter table "organisation" add constraint "organisation_kind_check" check ("kind" in ('TRUST', 'CENTRAL_BODY', 'ICB'));`);
    this.addSql(`alter table "organisation" add constraint "organisation_trust_type_check" check ("trust_type" in ('ACUTE', 'MENTAL_HEALTH', 'COMMUNITY', 'AMBULANCE', 'SPECIALIST', 'NOT_ESTABLISHED'));`);
    this.addSql(`alter table "organisation" add constraint "organisation_trust_type_source_check" check ("trust_type_source" in ('NAME_HINT', 'PERSON'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "icb" drop constraint "icb_region_code_foreign";`);
    this.addSql(`alter table "organisation" drop constraint "organisation_region_code_foreign";`);
    this.addSql(`alter table "organisation" drop constraint "organisation_icb_code_foreign";`);

    this.addSql(`drop table if exists "region" cascade;`);
    this.addSql(`drop table if exists "icb" cascade;`);
    this.addSql(`drop table if exists "organisation" cascade;`);
  }

}
