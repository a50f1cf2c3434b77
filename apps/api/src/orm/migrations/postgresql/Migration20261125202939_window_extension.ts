import { Migration } from '@mikro-orm/migrations';

export class Migration20261125202939_window_extension extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "window_extension" ("id" serial primary key, "cycle_id" int not null, "milestone_key" varchar(64) not null, "school_id" varchar(36) null, "extended_until" date not null, "reason" varchar(500) not null, "granted_by" varchar(36) null, "granted_at" timestamptz not null);`);
    this.addSql(`create index "window_extension_cycle_id_milestone_key_school_id_index" on "window_extension" ("cycle_id", "milestone_key", "school_id");`);

    this.addSql(`alter table "window_extension" add constraint "window_extension_cycle_id_foreign" foreign key ("cycle_id") references "cycle" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "window_extension" cascade;`);
  }

}
