import { Migration } from '@mikro-orm/migrations';

export class Migration20261208032945_outbox_sealed extends Migration {

  override async up(): Promise<void> {
    // Issue 23: codes were kept in the clear; every one sent before this is long expired.
    this.addSql(`delete from outbox_message where subject in ('英才计划：验证码', '英才计划：重置密码验证码', '英才计划：监护人同意验证码');`);
    this.addSql(`alter table \`outbox_message\` add column \`template\` text null;`);
    this.addSql(`alter table \`outbox_message\` add column \`sealed\` text null;`);
    this.addSql(`alter table \`outbox_message\` add column \`provider_message_id\` text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`outbox_message\` drop column \`provider_message_id\`;`);
    this.addSql(`alter table \`outbox_message\` drop column \`sealed\`;`);
    this.addSql(`alter table \`outbox_message\` drop column \`template\`;`);
  }

}
