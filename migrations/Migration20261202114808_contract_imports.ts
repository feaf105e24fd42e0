import { Migration } from '@mikro-orm/migrations';

export class Migration20261202114808_contract_imports extends Migration {

  override name = 'Migration20261202114808_contract_imports';

  override up(): void | Promise<void> {
    this.addSql(`create table "contract_import" ("id" uuid not null, "actor_user_id" uuid not null, "membership_id" uuid not null, "organisation_id" uuid null, "file_name" varchar(255) not null, "content" bytea not null, "status" text not null default 'NEEDS_FIXES', "row_count" int not null default 0, "problem_count" int not null default 0, "problems" jsonb not null, "reviews" jsonb not null, "summary" jsonb null, "error" text null, "imported_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "contract_import_actor_user_id_created_at_index" on "contract_import" ("actor_user_id", "created_at");`);

    this.addSql(`alter table "contract_import" add constraint "contract_import_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete set null;`);
    this.addSql(`alter table "contract_import" add constraint "contract_import_status_check" check ("status" in ('NEEDS_FIXES', 'NEEDS_REVIEW', 'READY', 'IMPORTING', 'IMPORTED', 'FAILED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "contract_import" cascade;`);
  }

}
