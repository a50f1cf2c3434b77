import { Migration } from '@mikro-orm/migrations';

export class Migration20261125211837_mentor_pool extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "mentor_appointment" ("id" serial primary key, "cycle_id" int not null, "mentor_id" varchar(36) not null, "status" varchar(24) not null default 'recommended', "capacity" int not null, "team" jsonb not null, "recommended_at" timestamptz not null, "recommended_by" varchar(36) null, "confirmed_at" timestamptz null, "university_approved_at" timestamptz null, "approved_at" timestamptz null, "decided_by" varchar(36) null, "rejection_reason" varchar(500) null, "carried_over_from" int null, "letter_number" varchar(32) null, "version" int not null default 1);`);
    this.addSql(`create index "mentor_appointment_mentor_id_index" on "mentor_appointment" ("mentor_id");`);
    this.addSql(`create index "mentor_appointment_status_index" on "mentor_appointment" ("status");`);
    this.addSql(`alter table "mentor_appointment" add constraint "mentor_appointment_letter_number_unique" unique ("letter_number");`);
    this.addSql(`alter table "mentor_appointment" add constraint "mentor_appointment_cycle_id_mentor_id_unique" unique ("cycle_id", "mentor_id");`);

    this.addSql(`alter table "mentor_appointment" add constraint "mentor_appointment_cycle_id_foreign" foreign key ("cycle_id") references "cycle" ("id") on update cascade;`);
    this.addSql(`alter table "mentor_appointment" add constraint "mentor_appointment_mentor_id_foreign" foreign key ("mentor_id") references "mentor" ("id") on update cascade;`);

    this.addSql(`alter table "school" add column "school_type" varchar(16) not null default 'senior_high';`);

    this.addSql(`alter table "mentor" add column "title" varchar(50) not null default '', add column "honours" jsonb not null default '[]', add column "research_fields" jsonb not null default '[]', add column "profile" text not null default '', add column "email" varchar(254) null, add column "photo" varchar(100) null, add column "search_text" text not null default '';`);
    this.addSql(`create index "mentor_discipline_code_index" on "mentor" ("discipline_code");`);
    this.addSql(`alter table "mentor" add constraint "mentor_university_id_name_discipline_code_unique" unique ("university_id", "name", "discipline_code");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "mentor_appointment" cascade;`);

    this.addSql(`drop index "mentor_discipline_code_index";`);
    this.addSql(`alter table "mentor" drop constraint "mentor_university_id_name_discipline_code_unique";`);
    this.addSql(`alter table "mentor" drop column "title", drop column "honours", drop column "research_fields", drop column "profile", drop column "email", drop column "photo", drop column "search_text";`);

    this.addSql(`alter table "school" drop column "school_type";`);
  }

}
