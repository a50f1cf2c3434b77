import { Migration } from '@mikro-orm/migrations';

export class Migration20261125190209_accounts extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "account" ("id" varchar(36) not null, "pseudonym" varchar(36) not null, "email" varchar(254) null, "phone" varchar(20) null, "display_name" varchar(100) not null, "password_hash" varchar(200) null, "status" varchar(16) not null default 'unverified', "created_at" timestamptz not null, "last_login_at" timestamptz null, "password_changed_at" timestamptz null, "disabled_reason" varchar(500) null, constraint "account_pkey" primary key ("id"));`);
    this.addSql(`alter table "account" add constraint "account_pseudonym_unique" unique ("pseudonym");`);
    this.addSql(`alter table "account" add constraint "account_email_unique" unique ("email");`);
    this.addSql(`alter table "account" add constraint "account_phone_unique" unique ("phone");`);

    this.addSql(`create table "audit_entry" ("id" serial primary key, "at" timestamptz not null, "actor_account_id" varchar(36) null, "actor_role" varchar(32) null, "action" varchar(64) not null, "subject_type" varchar(32) not null, "subject_id" varchar(64) null, "subject_account_id" varchar(36) null, "ip" varchar(64) null, "request_id" varchar(64) null, "reason" varchar(500) null);`);
    this.addSql(`create index "audit_entry_at_index" on "audit_entry" ("at");`);
    this.addSql(`create index "audit_entry_actor_account_id_index" on "audit_entry" ("actor_account_id");`);
    this.addSql(`create index "audit_entry_action_index" on "audit_entry" ("action");`);
    this.addSql(`create index "audit_entry_subject_account_id_at_index" on "audit_entry" ("subject_account_id", "at");`);

    this.addSql(`create table "guardian_consent" ("id" serial primary key, "account_id" varchar(36) not null, "date_of_birth" date not null, "guardian_name" varchar(100) not null, "guardian_phone" varchar(20) not null, "consent_version" varchar(32) not null, "consent_text" text not null, "consented_at" timestamptz not null);`);
    this.addSql(`alter table "guardian_consent" add constraint "guardian_consent_account_id_unique" unique ("account_id");`);

    this.addSql(`create table "invitation" ("id" serial primary key, "token_hash" varchar(64) not null, "email" varchar(254) not null, "display_name" varchar(100) not null, "grants" jsonb not null, "invited_by_id" varchar(36) null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null);`);
    this.addSql(`alter table "invitation" add constraint "invitation_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "one_time_code" ("id" serial primary key, "account_id" varchar(36) not null, "purpose" varchar(20) not null, "code_hash" varchar(64) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "failed_attempts" int not null default 0);`);
    this.addSql(`create index "one_time_code_account_id_index" on "one_time_code" ("account_id");`);

    this.addSql(`create table "outbox_message" ("id" serial primary key, "channel" varchar(8) not null, "recipient" varchar(254) not null, "subject" varchar(200) not null, "body" text not null, "driver" varchar(8) not null, "created_at" timestamptz not null);`);
    this.addSql(`create index "outbox_message_recipient_index" on "outbox_message" ("recipient");`);
    this.addSql(`create index "outbox_message_created_at_index" on "outbox_message" ("created_at");`);

    this.addSql(`create table "rate_limit" ("key" varchar(255) not null, "points" int not null default 0, "expire" bigint null, constraint "rate_limit_pkey" primary key ("key"));`);

    this.addSql(`create table "role_grant" ("id" serial primary key, "account_id" varchar(36) not null, "role" varchar(32) not null, "scope_id" varchar(36) null, "granted_at" timestamptz not null);`);
    this.addSql(`alter table "role_grant" add constraint "role_grant_account_id_role_scope_id_unique" unique ("account_id", "role", "scope_id");`);

    this.addSql(`create table "school" ("id" varchar(36) not null, "name" varchar(200) not null, "district_code" varchar(12) not null, "is_demo" boolean not null default false, constraint "school_pkey" primary key ("id"));`);
    this.addSql(`alter table "school" add constraint "school_name_unique" unique ("name");`);

    this.addSql(`create table "session" ("id" varchar(64) not null, "handle" varchar(16) not null, "account_id" varchar(36) not null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, "idle_timeout_seconds" int not null, "user_agent" varchar(300) null, "ip" varchar(64) null, constraint "session_pkey" primary key ("id"));`);
    this.addSql(`alter table "session" add constraint "session_handle_unique" unique ("handle");`);
    this.addSql(`create index "session_account_id_index" on "session" ("account_id");`);

    this.addSql(`create table "mentor" ("id" varchar(36) not null, "name" varchar(100) not null, "university_id" int not null, "discipline_code" varchar(32) not null, "is_demo" boolean not null default false, constraint "mentor_pkey" primary key ("id"));`);

    this.addSql(`alter table "guardian_consent" add constraint "guardian_consent_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "invitation" add constraint "invitation_invited_by_id_foreign" foreign key ("invited_by_id") references "account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "one_time_code" add constraint "one_time_code_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "role_grant" add constraint "role_grant_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "session" add constraint "session_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "mentor" add constraint "mentor_university_id_foreign" foreign key ("university_id") references "university" ("id") on update cascade;`);

    // The audit log is append-only (ARCHITECTURE.md): the database itself refuses to change or delete a row.
    this.addSql(`create function "audit_entry_append_only"() returns trigger language plpgsql as $$ begin raise exception 'audit_entry is append-only'; end $$;`);
    this.addSql(`create trigger "audit_entry_no_change" before update or delete on "audit_entry" for each statement execute function "audit_entry_append_only"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "guardian_consent" drop constraint "guardian_consent_account_id_foreign";`);

    this.addSql(`alter table "invitation" drop constraint "invitation_invited_by_id_foreign";`);

    this.addSql(`alter table "one_time_code" drop constraint "one_time_code_account_id_foreign";`);

    this.addSql(`alter table "role_grant" drop constraint "role_grant_account_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_account_id_foreign";`);

    this.addSql(`drop table if exists "account" cascade;`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "guardian_consent" cascade;`);

    this.addSql(`drop table if exists "invitation" cascade;`);

    this.addSql(`drop table if exists "one_time_code" cascade;`);

    this.addSql(`drop table if exists "outbox_message" cascade;`);

    this.addSql(`drop table if exists "rate_limit" cascade;`);

    this.addSql(`drop table if exists "role_grant" cascade;`);

    this.addSql(`drop table if exists "school" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop table if exists "mentor" cascade;`);
  }

}
