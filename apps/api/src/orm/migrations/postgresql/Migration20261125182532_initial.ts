import { Migration } from '@mikro-orm/migrations';

export class Migration20261125182532_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "cycle" ("id" serial primary key, "year" int not null, "province" varchar(32) not null, "name" varchar(200) not null, "subject_rank_top_percent" numeric(5,2) not null, "overall_rank_top_percent" numeric(5,2) not null, "interview_ratio" numeric(5,2) not null, "min_admissions" int not null, "min_training_sessions" int not null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`alter table "cycle" add constraint "cycle_year_province_unique" unique ("year", "province");`);

    this.addSql(`create table "discipline" ("id" serial primary key, "cycle_id" int not null, "code" varchar(32) not null, "name" varchar(100) not null, "position" int not null);`);
    this.addSql(`alter table "discipline" add constraint "discipline_cycle_id_code_unique" unique ("cycle_id", "code");`);

    this.addSql(`create table "district" ("id" serial primary key, "cycle_id" int not null, "code" varchar(12) not null, "name" varchar(100) not null, "position" int not null);`);
    this.addSql(`alter table "district" add constraint "district_cycle_id_code_unique" unique ("cycle_id", "code");`);

    this.addSql(`create table "milestone" ("id" serial primary key, "cycle_id" int not null, "key" varchar(64) not null, "name" varchar(100) not null, "starts_on" date not null, "ends_on" date not null, "position" int not null);`);
    this.addSql(`alter table "milestone" add constraint "milestone_cycle_id_key_unique" unique ("cycle_id", "key");`);

    this.addSql(`create table "university" ("id" serial primary key, "name" varchar(200) not null);`);
    this.addSql(`alter table "university" add constraint "university_name_unique" unique ("name");`);

    this.addSql(`create table "cycle_university" ("cycle_id" int not null, "university_id" int not null, constraint "cycle_university_pkey" primary key ("cycle_id", "university_id"));`);

    this.addSql(`alter table "discipline" add constraint "discipline_cycle_id_foreign" foreign key ("cycle_id") references "cycle" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "district" add constraint "district_cycle_id_foreign" foreign key ("cycle_id") references "cycle" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "milestone" add constraint "milestone_cycle_id_foreign" foreign key ("cycle_id") references "cycle" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "cycle_university" add constraint "cycle_university_cycle_id_foreign" foreign key ("cycle_id") references "cycle" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "cycle_university" add constraint "cycle_university_university_id_foreign" foreign key ("university_id") references "university" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "discipline" drop constraint "discipline_cycle_id_foreign";`);

    this.addSql(`alter table "district" drop constraint "district_cycle_id_foreign";`);

    this.addSql(`alter table "milestone" drop constraint "milestone_cycle_id_foreign";`);

    this.addSql(`alter table "cycle_university" drop constraint "cycle_university_cycle_id_foreign";`);

    this.addSql(`alter table "cycle_university" drop constraint "cycle_university_university_id_foreign";`);

    this.addSql(`drop table if exists "cycle" cascade;`);

    this.addSql(`drop table if exists "discipline" cascade;`);

    this.addSql(`drop table if exists "district" cascade;`);

    this.addSql(`drop table if exists "milestone" cascade;`);

    this.addSql(`drop table if exists "university" cascade;`);

    this.addSql(`drop table if exists "cycle_university" cascade;`);
  }

}
