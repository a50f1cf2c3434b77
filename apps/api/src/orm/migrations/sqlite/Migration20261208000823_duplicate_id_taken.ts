import { Migration } from '@mikro-orm/migrations';

export class Migration20261208000823_duplicate_id_taken extends Migration {

  // Issue 23: a second application with an ID number is taken and flagged for the office (R-APP-5), not refused.
  override async up(): Promise<void> {
    this.addSql(`drop index \`application_cycle_id_submitted_id_hash_unique\`;`);

    this.addSql(`create index \`application_cycle_id_submitted_id_hash_index\` on \`application\` (\`cycle_id\`, \`submitted_id_hash\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index \`application_cycle_id_submitted_id_hash_index\`;`);
    this.addSql(`create unique index \`application_cycle_id_submitted_id_hash_unique\` on \`application\` (\`cycle_id\`, \`submitted_id_hash\`);`);
  }

}
