import { Migration } from '@mikro-orm/migrations';

export class Migration20261126003942_interviews extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "interview_criterion" ("id" serial primary key, "cycle_id" int not null, "code" varchar(32) not null, "name" varchar(50) not null, "max_points" int not null, "position" int not null);`);
    this.addSql(`alter table "interview_criterion" add constraint "interview_criterion_cycle_id_code_unique" unique ("cycle_id", "code");`);

    this.addSql(`create table "interview_slot" ("id" serial primary key, "cycle_id" int not null, "discipline_code" varchar(32) not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "place" varchar(200) null, "online_link" varchar(500) null, "capacity" int not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "arrangement_changes" int not null default 0, "version" int not null default 1);`);
    this.addSql(`create index "interview_slot_discipline_code_index" on "interview_slot" ("discipline_code");`);

    this.addSql(`create table "interview_panel_member" ("id" serial primary key, "slot_id" int not null, "account_id" varchar(36) not null, "role" varchar(16) not null);`);
    this.addSql(`create index "interview_panel_member_account_id_index" on "interview_panel_member" ("account_id");`);
    this.addSql(`alter table "interview_panel_member" add constraint "interview_panel_member_slot_id_account_id_unique" unique ("slot_id", "account_id");`);

    this.addSql(`create table "interview_assignment" ("id" serial primary key, "slot_id" int not null, "application_id" int not null, "assigned_at" timestamptz not null, "score" numeric(6,2) null, "recorded_at" timestamptz null, "recorded_by" varchar(36) null);`);
    this.addSql(`create index "interview_assignment_slot_id_index" on "interview_assignment" ("slot_id");`);
    this.addSql(`alter table "interview_assignment" add constraint "interview_assignment_application_id_unique" unique ("application_id");`);

    this.addSql(`create table "interview_score_sheet" ("id" serial primary key, "assignment_id" int not null, "member_id" varchar(36) not null, "points" jsonb null, "total" int null, "comment" text null, "conflict" boolean not null default false, "conflict_reason" text null, "submitted_at" timestamptz not null);`);
    this.addSql(`create index "interview_score_sheet_member_id_index" on "interview_score_sheet" ("member_id");`);
    this.addSql(`alter table "interview_score_sheet" add constraint "interview_score_sheet_assignment_id_member_id_unique" unique ("assignment_id", "member_id");`);

    this.addSql(`alter table "interview_criterion" add constraint "interview_criterion_cycle_id_foreign" foreign key ("cycle_id") references "cycle" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "interview_slot" add constraint "interview_slot_cycle_id_foreign" foreign key ("cycle_id") references "cycle" ("id") on update cascade;`);

    this.addSql(`alter table "interview_panel_member" add constraint "interview_panel_member_slot_id_foreign" foreign key ("slot_id") references "interview_slot" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "interview_panel_member" add constraint "interview_panel_member_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade;`);

    this.addSql(`alter table "interview_assignment" add constraint "interview_assignment_slot_id_foreign" foreign key ("slot_id") references "interview_slot" ("id") on update cascade;`);
    this.addSql(`alter table "interview_assignment" add constraint "interview_assignment_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade;`);

    this.addSql(`alter table "interview_score_sheet" add constraint "interview_score_sheet_assignment_id_foreign" foreign key ("assignment_id") references "interview_assignment" ("id") on update cascade;`);
    this.addSql(`alter table "interview_score_sheet" add constraint "interview_score_sheet_member_id_foreign" foreign key ("member_id") references "account" ("id") on update cascade;`);

    // Cycles seeded before rubrics existed get the seed's default rubric (shanxi-2026.ts); the office's data, not code, from here on.
    this.addSql(`insert into "interview_criterion" ("cycle_id", "code", "name", "max_points", "position") select "id", 'research_potential', '科研潜质', 40, 0 from "cycle";`);
    this.addSql(`insert into "interview_criterion" ("cycle_id", "code", "name", "max_points", "position") select "id", 'foundation', '学科基础', 30, 1 from "cycle";`);
    this.addSql(`insert into "interview_criterion" ("cycle_id", "code", "name", "max_points", "position") select "id", 'expression', '表达与思维', 30, 2 from "cycle";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "interview_panel_member" drop constraint "interview_panel_member_slot_id_foreign";`);

    this.addSql(`alter table "interview_assignment" drop constraint "interview_assignment_slot_id_foreign";`);

    this.addSql(`alter table "interview_score_sheet" drop constraint "interview_score_sheet_assignment_id_foreign";`);

    this.addSql(`drop table if exists "interview_criterion" cascade;`);

    this.addSql(`drop table if exists "interview_slot" cascade;`);

    this.addSql(`drop table if exists "interview_panel_member" cascade;`);

    this.addSql(`drop table if exists "interview_assignment" cascade;`);

    this.addSql(`drop table if exists "interview_score_sheet" cascade;`);
  }

}
