import { Migration } from '@mikro-orm/migrations';

export class Migration20261207160742_encrypted_identity_fields extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "guardian_consent" alter column "date_of_birth" type text using ("date_of_birth"::text);`);
    this.addSql(`alter table "guardian_consent" alter column "guardian_phone" type text using ("guardian_phone"::text);`);

    this.addSql(`alter table "application" alter column "date_of_birth" type text using ("date_of_birth"::text);`);
    this.addSql(`alter table "application" alter column "id_number" type text using ("id_number"::text);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "application" alter column "date_of_birth" type date using ("date_of_birth"::date);`);
    this.addSql(`alter table "application" alter column "id_number" type varchar(18) using ("id_number"::varchar(18));`);

    this.addSql(`alter table "guardian_consent" alter column "date_of_birth" type date using ("date_of_birth"::date);`);
    this.addSql(`alter table "guardian_consent" alter column "guardian_phone" type varchar(20) using ("guardian_phone"::varchar(20));`);
  }

}
