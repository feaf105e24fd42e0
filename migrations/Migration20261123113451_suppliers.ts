import { Migration } from '@mikro-orm/migrations';

export class Migration20261123113451_suppliers extends Migration {

  override name = 'Migration20261123113451_suppliers';

  override up(): void | Promise<void> {
    this.addSql(`create table "supplier" ("id" uuid not null, "name" varchar(200) not null, "companies_house_number" varchar(8) not null, "sme" boolean not null default false, "website" varchar(300) null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "supplier" add constraint "supplier_companies_house_number_unique" unique ("companies_house_number");`);
    this.addSql(`create index "supplier_name_index" on "supplier" ("name");`);

    this.addSql(`alter table "membership" add "supplier_id" uuid null;`);
    this.addSql(`alter table "membership" add constraint "membership_supplier_id_foreign" foreign key ("supplier_id") references "supplier" ("id") on delete cascade;`);
    this.addSql(`alter table "membership" add constraint "membership_user_id_supplier_id_unique" unique ("user_id", "supplier_id");`);
    // Added by hand: the diff does not see a changed partial-index condition. ADMIN is the only
    // membership with neither an organisation nor a supplier.
    this.addSql(`drop index "membership_admin_unique";`);
    this.addSql(`create unique index "membership_admin_unique" on "membership" ("user_id") where "organisation_id" is null and "supplier_id" is null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "membership_admin_unique";`);
    this.addSql(`alter table "membership" drop constraint "membership_supplier_id_foreign";`);

    this.addSql(`drop table if exists "supplier" cascade;`);

    this.addSql(`alter table "membership" drop constraint "membership_user_id_supplier_id_unique";`);
    this.addSql(`alter table "membership" drop column "supplier_id";`);
    this.addSql(`create unique index "membership_admin_unique" on "membership" ("user_id") where "organisation_id" is null;`);
  }

}
