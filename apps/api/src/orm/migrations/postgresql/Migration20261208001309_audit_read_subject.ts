import { Migration } from '@mikro-orm/migrations';

export class Migration20261208001309_audit_read_subject extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_read_subject" ("entry_id" int not null, "subject_account_id" varchar(36) not null, constraint "audit_read_subject_pkey" primary key ("entry_id", "subject_account_id"));`);
    this.addSql(`create index "audit_read_subject_subject_account_id_index" on "audit_read_subject" ("subject_account_id");`);

    this.addSql(`alter table "audit_read_subject" add constraint "audit_read_subject_entry_id_foreign" foreign key ("entry_id") references "audit_entry" ("id") on update cascade;`);
    // Issue 23: append-only, as the audit rows it belongs to (the function audit_entry's trigger calls says which table).
    this.addSql(`create function "audit_read_subject_append_only"() returns trigger language plpgsql as $$ begin raise exception 'audit_read_subject is append-only'; end $$;`);
    this.addSql(`create trigger "audit_read_subject_no_change" before update or delete on "audit_read_subject" for each statement execute function "audit_read_subject_append_only"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_read_subject" cascade;`);
    this.addSql(`drop function if exists "audit_read_subject_append_only"();`);
  }

}
