import { Migration } from '@mikro-orm/migrations';

export class Migration20261208000823_duplicate_id_taken extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "application" drop constraint "application_cycle_id_submitted_id_hash_unique";`);

    this.addSql(`create index "application_cycle_id_submitted_id_hash_index" on "application" ("cycle_id", "submitted_id_hash");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "application_cycle_id_submitted_id_hash_index";`);

    this.addSql(`alter table "application" add constraint "application_cycle_id_submitted_id_hash_unique" unique ("cycle_id", "submitted_id_hash");`);
  }

}
