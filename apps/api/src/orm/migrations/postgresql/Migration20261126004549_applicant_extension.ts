import { Migration } from '@mikro-orm/migrations';

export class Migration20261126004549_applicant_extension extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "window_extension" add column "applicant_id" varchar(36) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "window_extension" drop column "applicant_id";`);
  }

}
