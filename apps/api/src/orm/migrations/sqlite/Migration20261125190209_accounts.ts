import { Migration } from '@mikro-orm/migrations';

export class Migration20261125190209_accounts extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`account\` (\`id\` text not null, \`pseudonym\` text not null, \`email\` text null, \`phone\` text null, \`display_name\` text not null, \`password_hash\` text null, \`status\` text not null default 'unverified', \`created_at\` datetime not null, \`last_login_at\` datetime null, \`password_changed_at\` datetime null, \`disabled_reason\` text null, primary key (\`id\`));`);
    this.addSql(`create unique index \`account_pseudonym_unique\` on \`account\` (\`pseudonym\`);`);
    this.addSql(`create unique index \`account_email_unique\` on \`account\` (\`email\`);`);
    this.addSql(`create unique index \`account_phone_unique\` on \`account\` (\`phone\`);`);

    this.addSql(`create table \`audit_entry\` (\`id\` integer not null primary key autoincrement, \`at\` datetime not null, \`actor_account_id\` text null, \`actor_role\` text null, \`action\` text not null, \`subject_type\` text not null, \`subject_id\` text null, \`subject_account_id\` text null, \`ip\` text null, \`request_id\` text null, \`reason\` text null);`);
    this.addSql(`create index \`audit_entry_at_index\` on \`audit_entry\` (\`at\`);`);
    this.addSql(`create index \`audit_entry_actor_account_id_index\` on \`audit_entry\` (\`actor_account_id\`);`);
    this.addSql(`create index \`audit_entry_action_index\` on \`audit_entry\` (\`action\`);`);
    this.addSql(`create index \`audit_entry_subject_account_id_at_index\` on \`audit_entry\` (\`subject_account_id\`, \`at\`);`);

    this.addSql(`create table \`guardian_consent\` (\`id\` integer not null primary key autoincrement, \`account_id\` text not null, \`date_of_birth\` date not null, \`guardian_name\` text not null, \`guardian_phone\` text not null, \`consent_version\` text not null, \`consent_text\` text not null, \`consented_at\` datetime not null, constraint \`guardian_consent_account_id_foreign\` foreign key(\`account_id\`) references \`account\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create unique index \`guardian_consent_account_id_unique\` on \`guardian_consent\` (\`account_id\`);`);

    this.addSql(`create table \`invitation\` (\`id\` integer not null primary key autoincrement, \`token_hash\` text not null, \`email\` text not null, \`display_name\` text not null, \`grants\` json not null, \`invited_by_id\` text null, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`accepted_at\` datetime null, constraint \`invitation_invited_by_id_foreign\` foreign key(\`invited_by_id\`) references \`account\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create unique index \`invitation_token_hash_unique\` on \`invitation\` (\`token_hash\`);`);
    this.addSql(`create index \`invitation_invited_by_id_index\` on \`invitation\` (\`invited_by_id\`);`);

    this.addSql(`create table \`one_time_code\` (\`id\` integer not null primary key autoincrement, \`account_id\` text not null, \`purpose\` text not null, \`code_hash\` text not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`used_at\` datetime null, \`failed_attempts\` integer not null default 0, constraint \`one_time_code_account_id_foreign\` foreign key(\`account_id\`) references \`account\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`one_time_code_account_id_index\` on \`one_time_code\` (\`account_id\`);`);

    this.addSql(`create table \`outbox_message\` (\`id\` integer not null primary key autoincrement, \`channel\` text not null, \`recipient\` text not null, \`subject\` text not null, \`body\` text not null, \`driver\` text not null, \`created_at\` datetime not null);`);
    this.addSql(`create index \`outbox_message_recipient_index\` on \`outbox_message\` (\`recipient\`);`);
    this.addSql(`create index \`outbox_message_created_at_index\` on \`outbox_message\` (\`created_at\`);`);

    this.addSql(`create table \`rate_limit\` (\`key\` text not null, \`points\` integer not null default 0, \`expire\` bigint null, primary key (\`key\`));`);

    this.addSql(`create table \`role_grant\` (\`id\` integer not null primary key autoincrement, \`account_id\` text not null, \`role\` text not null, \`scope_id\` text null, \`granted_at\` datetime not null, constraint \`role_grant_account_id_foreign\` foreign key(\`account_id\`) references \`account\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`role_grant_account_id_index\` on \`role_grant\` (\`account_id\`);`);
    this.addSql(`create unique index \`role_grant_account_id_role_scope_id_unique\` on \`role_grant\` (\`account_id\`, \`role\`, \`scope_id\`);`);

    this.addSql(`create table \`school\` (\`id\` text not null, \`name\` text not null, \`district_code\` text not null, \`is_demo\` integer not null default false, primary key (\`id\`));`);
    this.addSql(`create unique index \`school_name_unique\` on \`school\` (\`name\`);`);

    this.addSql(`create table \`session\` (\`id\` text not null, \`handle\` text not null, \`account_id\` text not null, \`created_at\` datetime not null, \`last_seen_at\` datetime not null, \`expires_at\` datetime not null, \`idle_timeout_seconds\` integer not null, \`user_agent\` text null, \`ip\` text null, constraint \`session_account_id_foreign\` foreign key(\`account_id\`) references \`account\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`session_handle_unique\` on \`session\` (\`handle\`);`);
    this.addSql(`create index \`session_account_id_index\` on \`session\` (\`account_id\`);`);

    this.addSql(`create table \`mentor\` (\`id\` text not null, \`name\` text not null, \`university_id\` integer not null, \`discipline_code\` text not null, \`is_demo\` integer not null default false, constraint \`mentor_university_id_foreign\` foreign key(\`university_id\`) references \`university\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`mentor_university_id_index\` on \`mentor\` (\`university_id\`);`);

    // The audit log is append-only (ARCHITECTURE.md): the database itself refuses to change or delete a row.
    this.addSql(`create trigger \`audit_entry_no_update\` before update on \`audit_entry\` begin select raise(abort, 'audit_entry is append-only'); end;`);
    this.addSql(`create trigger \`audit_entry_no_delete\` before delete on \`audit_entry\` begin select raise(abort, 'audit_entry is append-only'); end;`);
  }

}
