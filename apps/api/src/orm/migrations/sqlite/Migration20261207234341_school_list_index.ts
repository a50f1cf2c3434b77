import { Migration } from '@mikro-orm/migrations';

export class Migration20261207234341_school_list_index extends Migration {

  // Issue 11: a school's list reads one school's applications of a cycle in application-number order.
  override async up(): Promise<void> {
    this.addSql(`create index \`application_school_id_cycle_id_application_number_index\` on \`application\` (\`school_id\`, \`cycle_id\`, \`application_number\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index \`application_school_id_cycle_id_application_number_index\`;`);
  }

}
