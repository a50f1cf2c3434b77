import { Migration } from '@mikro-orm/migrations';

export class Migration20261126004331_notice_template extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "notice_template" ("key" varchar(64) not null, "subject" varchar(200) not null, "body" text not null, "updated_by" varchar(36) null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "notice_template_pkey" primary key ("key"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notice_template" cascade;`);
  }

}
