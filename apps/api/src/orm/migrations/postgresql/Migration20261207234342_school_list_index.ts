import { Migration } from '@mikro-orm/migrations';

export class Migration20261207234342_school_list_index extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index "application_school_id_index";`);

    this.addSql(`create index "application_school_id_cycle_id_application_number_index" on "application" ("school_id", "cycle_id", "application_number");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "application_school_id_cycle_id_application_number_index";`);

    this.addSql(`create index "application_school_id_index" on "application" ("school_id");`);
  }

}
