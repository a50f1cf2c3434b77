import { Migration } from '@mikro-orm/migrations';

export class Migration20261125222737_application extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "application" ("id" serial primary key, "cycle_id" int not null, "applicant_id" varchar(36) not null, "status" varchar(24) not null default 'draft', "application_number" varchar(32) null, "name" varchar(50) null, "gender" varchar(8) null, "date_of_birth" date null, "id_number" varchar(18) null, "submitted_id_number" varchar(18) null, "school_id" varchar(36) null, "grade" int null, "class_name" varchar(50) null, "phone" varchar(20) null, "discipline_code" varchar(32) null, "mentor_choices" jsonb not null default '[]', "subject_rank" int null, "overall_rank" int null, "grade_size" int null, "statement" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "submitted_at" timestamptz null, "version" int not null default 1);`);
    this.addSql(`create index "application_applicant_id_index" on "application" ("applicant_id");`);
    this.addSql(`create index "application_status_index" on "application" ("status");`);
    this.addSql(`alter table "application" add constraint "application_application_number_unique" unique ("application_number");`);
    this.addSql(`create index "application_school_id_index" on "application" ("school_id");`);
    this.addSql(`alter table "application" add constraint "application_cycle_id_submitted_id_number_unique" unique ("cycle_id", "submitted_id_number");`);
    this.addSql(`alter table "application" add constraint "application_cycle_id_applicant_id_unique" unique ("cycle_id", "applicant_id");`);

    this.addSql(`alter table "application" add constraint "application_cycle_id_foreign" foreign key ("cycle_id") references "cycle" ("id") on update cascade;`);
    this.addSql(`alter table "application" add constraint "application_applicant_id_foreign" foreign key ("applicant_id") references "account" ("id") on update cascade;`);
    this.addSql(`alter table "application" add constraint "application_school_id_foreign" foreign key ("school_id") references "school" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "cycle" add column "max_mentor_choices" int not null default 2, add column "application_number_prefix" varchar(8) not null default 'SX';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "application" cascade;`);

    this.addSql(`alter table "cycle" drop column "max_mentor_choices", drop column "application_number_prefix";`);
  }

}
