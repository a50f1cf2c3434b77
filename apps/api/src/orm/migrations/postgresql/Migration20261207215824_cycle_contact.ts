import { Migration } from '@mikro-orm/migrations';

export class Migration20261207215824_cycle_contact extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "cycle" add column "contact" jsonb null;`);
    // The plan names Shanxi's office; the rest is the office's to fill in (周期设置).
    this.addSql(`update "cycle" set "contact" = '{"office":"山西省中学生英才计划省级管理办公室（设在山西省科学技术馆）","address":null,"phone":null,"email":null,"hours":null}' where "province" = '山西省' and "contact" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "cycle" drop column "contact";`);
  }

}
