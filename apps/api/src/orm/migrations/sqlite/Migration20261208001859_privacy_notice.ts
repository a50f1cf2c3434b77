import { Migration } from '@mikro-orm/migrations';

export class Migration20261208001859_privacy_notice extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`account\` add column \`privacy_notice_version\` text null;`);
    this.addSql(`alter table \`account\` add column \`privacy_notice_accepted_at\` datetime null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`account\` drop column \`privacy_notice_version\`;`);
    this.addSql(`alter table \`account\` drop column \`privacy_notice_accepted_at\`;`);
  }

}
