import { Migration } from '@mikro-orm/migrations';

export class Migration20261208001900_privacy_notice extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "account" add column "privacy_notice_version" varchar(16) null, add column "privacy_notice_accepted_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "account" drop column "privacy_notice_version", drop column "privacy_notice_accepted_at";`);
  }

}
