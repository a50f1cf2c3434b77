import { Migration } from '@mikro-orm/migrations';

export class Migration20261208001308_audit_read_subject extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`audit_read_subject\` (\`entry_id\` integer not null, \`subject_account_id\` text not null, constraint \`audit_read_subject_entry_id_foreign\` foreign key(\`entry_id\`) references \`audit_entry\`(\`id\`) on update cascade, primary key (\`entry_id\`, \`subject_account_id\`));`);
    this.addSql(`create index \`audit_read_subject_entry_id_index\` on \`audit_read_subject\` (\`entry_id\`);`);
    this.addSql(`create index \`audit_read_subject_subject_account_id_index\` on \`audit_read_subject\` (\`subject_account_id\`);`);
    // Issue 23: append-only, as the audit rows it belongs to.
    this.addSql(`create trigger \`audit_read_subject_no_update\` before update on \`audit_read_subject\` begin select raise(abort, 'audit_read_subject is append-only'); end;`);
    this.addSql(`create trigger \`audit_read_subject_no_delete\` before delete on \`audit_read_subject\` begin select raise(abort, 'audit_read_subject is append-only'); end;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`audit_read_subject\`;`);
  }

}
