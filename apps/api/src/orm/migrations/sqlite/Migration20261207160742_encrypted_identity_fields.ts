import { Migration } from '@mikro-orm/migrations';

export class Migration20261207160742_encrypted_identity_fields extends Migration {

  // guardian_consent is rebuilt (its date of birth and guardian's phone become text, and no table refers to
  // it); application keeps its table: its date of birth moves to a text column of the same name, because
  // rebuilding a table other tables refer to cannot switch foreign keys off inside the migration's transaction.
  override async up(): Promise<void> {
    this.addSql(`create table \`guardian_consent__temp_alter\` (\`id\` integer not null primary key autoincrement, \`account_id\` text not null, \`date_of_birth\` text not null, \`guardian_name\` text not null, \`guardian_phone\` text not null, \`consent_version\` text not null, \`consent_text\` text not null, \`consented_at\` datetime not null, constraint \`guardian_consent_account_id_foreign\` foreign key(\`account_id\`) references \`account\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`insert into \`guardian_consent__temp_alter\` select \`id\`, \`account_id\`, \`date_of_birth\`, \`guardian_name\`, \`guardian_phone\`, \`consent_version\`, \`consent_text\`, \`consented_at\` from \`guardian_consent\`;`);
    this.addSql(`drop table \`guardian_consent\`;`);
    this.addSql(`alter table \`guardian_consent__temp_alter\` rename to \`guardian_consent\`;`);
    this.addSql(`create unique index \`guardian_consent_account_id_unique\` on \`guardian_consent\` (\`account_id\`);`);
    this.addSql(`alter table \`application\` add column \`date_of_birth_text\` text null;`);
    this.addSql(`update \`application\` set \`date_of_birth_text\` = \`date_of_birth\`;`);
    this.addSql(`alter table \`application\` drop column \`date_of_birth\`;`);
    this.addSql(`alter table \`application\` rename column \`date_of_birth_text\` to \`date_of_birth\`;`);
  }

}
