import { Migration } from '@mikro-orm/migrations';

export class Migration20261123110330_api_tokens extends Migration {

  override name = 'Migration20261123110330_api_tokens';

  override up(): void | Promise<void> {
    this.addSql(`create table "api_token" ("id" uuid not null, "user_id" uuid not null, "membership_id" uuid not null, "name" varchar(100) not null, "token_hash" varchar(64) not null, "prefix" varchar(16) not null, "created_at" timestamptz not null default now(), "last_used_at" timestamptz null, "revoked_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "api_token_user_id_index" on "api_token" ("user_id");`);

    this.addSql(`alter table "api_token" add constraint "api_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
    this.addSql(`alter table "api_token" add constraint "api_token_membership_id_foreign" foreign key ("membership_id") references "membership" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "api_token" cascade;`);
  }

}
