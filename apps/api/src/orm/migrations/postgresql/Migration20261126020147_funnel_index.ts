import { Migration } from '@mikro-orm/migrations';

export class Migration20261126020147_funnel_index extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "application_cycle_id_discipline_code_status_index" on "application" ("cycle_id", "discipline_code", "status");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "application_cycle_id_discipline_code_status_index";`);
  }

}
