import { Migration } from '@mikro-orm/migrations';

export class Migration20261125192050_participation extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "participation" ("id" serial primary key, "cycle_id" int not null, "school_id" varchar(36) not null, "status" varchar(16) not null default 'submitted', "team" jsonb not null, "submitted_at" timestamptz not null, "decided_at" timestamptz null, "decided_by" varchar(36) null, "rejection_reason" varchar(500) null, "version" int not null default 1);`);
    this.addSql(`create index "participation_school_id_index" on "participation" ("school_id");`);
    this.addSql(`alter table "participation" add constraint "participation_cycle_id_school_id_unique" unique ("cycle_id", "school_id");`);

    this.addSql(`alter table "participation" add constraint "participation_cycle_id_foreign" foreign key ("cycle_id") references "cycle" ("id") on update cascade;`);
    this.addSql(`alter table "participation" add constraint "participation_school_id_foreign" foreign key ("school_id") references "school" ("id") on update cascade;`);

    this.addSql(`alter table "school" add column "ownership" varchar(16) not null default 'public';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "participation" cascade;`);

    this.addSql(`alter table "school" drop column "ownership";`);
  }

}
