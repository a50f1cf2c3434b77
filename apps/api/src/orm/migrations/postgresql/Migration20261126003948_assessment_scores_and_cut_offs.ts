import { Migration } from '@mikro-orm/migrations';

export class Migration20261126003948_assessment_scores_and_cut_offs extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "discipline_cut_off" ("id" serial primary key, "cycle_id" int not null, "discipline_code" varchar(32) not null, "planned_admissions" int not null, "cut_off" numeric(5,2) null, "updated_at" timestamptz not null, "updated_by" varchar(36) null, "published_at" timestamptz null, "invited_count" int null, "version" int not null default 1);`);
    this.addSql(`alter table "discipline_cut_off" add constraint "discipline_cut_off_cycle_id_discipline_code_unique" unique ("cycle_id", "discipline_code");`);

    this.addSql(`alter table "discipline_cut_off" add constraint "discipline_cut_off_cycle_id_foreign" foreign key ("cycle_id") references "cycle" ("id") on update cascade;`);

    this.addSql(`alter table "application" add column "assessment_score" numeric(5,2) null, add column "assessed_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "discipline_cut_off" cascade;`);

    this.addSql(`alter table "application" drop column "assessment_score", drop column "assessed_at";`);
  }

}
