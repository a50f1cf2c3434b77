import { Migration } from '@mikro-orm/migrations';

export class Migration20261207185225_job_lease extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "job_lease" ("name" varchar(64) not null, "due_at" timestamptz not null, "last_run_at" timestamptz null, "holder" varchar(128) null, "runs" int not null default 0, constraint "job_lease_pkey" primary key ("name"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "job_lease" cascade;`);
  }

}
