import { Migration } from '@mikro-orm/migrations';

export class Migration20261123105240_identity extends Migration {

  override name = 'Migration20261123105240_identity';

  override up(): void | Promise<void> {
    this.addSql(`create table "audit_event" ("id" bigserial primary key, "occurred_at" timestamptz not null default now(), "actor_user_id" uuid null, "membership_id" uuid null, "action" varchar(100) not null, "entity_type" varchar(100) not null, "entity_id" varchar(100) null, "changes" jsonb null, "request_id" varchar(64) null);`);
    this.addSql(`create index "audit_event_occurred_at_index" on "audit_event" ("occurred_at");`);
    this.addSql(`create index "audit_event_entity_type_entity_id_index" on "audit_event" ("entity_type", "entity_id");`);

    this.addSql(`create table "sign_in_throttle" ("key" varchar(400) not null, "failures" int not null default 0, "last_failure_at" timestamptz not null, "blocked_until" timestamptz null, primary key ("key"));`);

    this.addSql(`create table "app_user" ("id" uuid not null, "email" varchar(320) not null, "name" varchar(200) not null, "password_hash" text not null, "active" boolean not null default true, "last_signed_in_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(`create table "membership" ("id" uuid not null, "user_id" uuid not null, "organisation_id" uuid null, "role" text not null, "created_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create unique index "membership_admin_unique" on "membership" ("user_id") where "organisation_id" is null;`);
    this.addSql(`alter table "membership" add constraint "membership_user_id_organisation_id_role_unique" unique ("user_id", "organisation_id", "role");`);

    this.addSql(`create table "session" ("token_hash" varchar(64) not null, "user_id" uuid not null, "active_membership_id" uuid null, "created_at" timestamptz not null default now(), "last_seen_at" timestamptz not null default now(), "expires_at" timestamptz not null, "user_agent" varchar(512) null, "ip_address" varchar(64) null, primary key ("token_hash"));`);
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);

    this.addSql(`create or replace function "audit_event_audit_event_append_only_fn"() returns trigger as \$\$ begin raise exception 'audit events are append-only: % refused', tg_op using errcode = 'insufficient_privilege'; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "audit_event_append_only" BEFORE UPDATE OR DELETE on "audit_event" for each ROW execute function "audit_event_audit_event_append_only_fn"();`);

    this.addSql(`alter table "membership" add constraint "membership_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
    this.addSql(`alter table "membership" add constraint "membership_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete set null;`);
    this.addSql(`alter table "membership" add constraint "membership_role_check" check ("role" in ('ADMIN', 'CENTRAL_COMMERCIAL', 'TRUST_PROCUREMENT', 'TRUST_COMPLIANCE', 'SUPPLIER'));`);

    this.addSql(`alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
    this.addSql(`alter table "session" add constraint "session_active_membership_id_foreign" foreign key ("active_membership_id") references "membership" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "membership" drop constraint "membership_user_id_foreign";`);
    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);
    this.addSql(`alter table "session" drop constraint "session_active_membership_id_foreign";`);

    this.addSql(`drop trigger if exists "audit_event_append_only" on "audit_event";`);
    this.addSql(`drop function if exists "audit_event_audit_event_append_only_fn"();`);
    this.addSql(`drop table if exists "audit_event" cascade;`);
    this.addSql(`drop table if exists "sign_in_throttle" cascade;`);
    this.addSql(`drop table if exists "app_user" cascade;`);
    this.addSql(`drop table if exists "membership" cascade;`);
    this.addSql(`drop table if exists "session" cascade;`);
  }

}
