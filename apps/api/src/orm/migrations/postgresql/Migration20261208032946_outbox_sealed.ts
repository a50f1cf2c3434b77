import { Migration } from '@mikro-orm/migrations';

export class Migration20261208032946_outbox_sealed extends Migration {

  override async up(): Promise<void> {
    // Issue 23: codes were kept in the clear; every one sent before this is long expired.
    this.addSql(`delete from outbox_message where subject in ('英才计划：验证码', '英才计划：重置密码验证码', '英才计划：监护人同意验证码');`);
    this.addSql(`alter table "outbox_message" add column "template" varchar(64) null, add column "sealed" text null, add column "provider_message_id" varchar(64) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "outbox_message" drop column "template", drop column "sealed", drop column "provider_message_id";`);
  }

}
