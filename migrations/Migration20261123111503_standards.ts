import { Migration } from '@mikro-orm/migrations';

export class Migration20261123111503_standards extends Migration {

  override name = 'Migration20261123111503_standards';

  override up(): void | Promise<void> {
    this.addSql(`create table "standard" ("id" uuid not null, "code" varchar(40) not null, "name" varchar(300) not null, "version" varchar(40) null, "publisher" varchar(200) not null, "category" text not null, "applies_to" text not null, "assessment" text not null, "levels" text[] not null, "status" text not null default 'EFFECTIVE', "effective_from" date null, "effective_to" date null, "supersedes_id" uuid null, "url" varchar(500) null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "row_version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "standard" add constraint "standard_code_unique" unique ("code");`);
    this.addSql(`create index "standard_category_code_index" on "standard" ("category", "code");`);

    this.addSql(`alter table "standard" add constraint "standard_supersedes_id_foreign" foreign key ("supersedes_id") references "standard" ("id") on delete set null;`);
    this.addSql(`alter table "standard" add constraint "standard_category_check" check ("category" in ('CLINICAL_SAFETY', 'ASSURANCE', 'SECURITY', 'INTEROPERABILITY_API', 'INTEROPERABILITY_MESSAGING', 'TERMINOLOGY', 'IDENTITY', 'CLINICAL_RECORD', 'ACCESSIBILITY', 'SERVICE_DESIGN'));`);
    this.addSql(`alter table "standard" add constraint "standard_applies_to_check" check ("applies_to" in ('PRODUCT', 'ORGANISATION', 'BOTH'));`);
    this.addSql(`alter table "standard" add constraint "standard_assessment_check" check ("assessment" in ('PASS_FAIL', 'LEVELS'));`);
    this.addSql(`alter table "standard" add constraint "standard_status_check" check ("status" in ('DRAFT', 'EFFECTIVE', 'RETIRED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "standard" drop constraint "standard_supersedes_id_foreign";`);

    this.addSql(`drop table if exists "standard" cascade;`);
  }

}
