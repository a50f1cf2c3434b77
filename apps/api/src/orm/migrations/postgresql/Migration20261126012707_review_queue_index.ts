import { Migration } from '@mikro-orm/migrations';

export class Migration20261126012707_review_queue_index extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "application_cycle_id_status_application_number_index" on "application" ("cycle_id", "status", "application_number");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "application_cycle_id_status_application_number_index";`);
  }

}
