import { Migration } from '@mikro-orm/migrations';

export class Migration20261126004547_applicant_extension extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`window_extension\` add column \`applicant_id\` text null;`);
  }

}
