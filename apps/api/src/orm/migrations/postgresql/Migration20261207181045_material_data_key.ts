import { Migration } from '@mikro-orm/migrations';

export class Migration20261207181045_material_data_key extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "application_material" add column "data_key" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "application_material" drop column "data_key";`);
  }

}
