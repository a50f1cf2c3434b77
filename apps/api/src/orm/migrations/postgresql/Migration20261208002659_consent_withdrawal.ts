import { Migration } from '@mikro-orm/migrations';

export class Migration20261208002659_consent_withdrawal extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "guardian_consent" add column "withdrawn_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "guardian_consent" drop column "withdrawn_at";`);
  }

}
