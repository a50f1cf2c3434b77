import { Migration } from '@mikro-orm/migrations';

export class Migration20261207235147_unlisted_school extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`application\` add column \`unlisted_school\` text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`application\` drop column \`unlisted_school\`;`);
  }

}
