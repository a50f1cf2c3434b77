import { Migration } from '@mikro-orm/migrations';

export class Migration20261207210105_student extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "student" ("id" serial primary key, "cycle_id" int not null, "application_id" int not null, "account_id" varchar(36) not null, "discipline_code" varchar(32) not null, "mentor_id" varchar(36) null, "mentor_assigned_at" timestamptz null, "mentor_assigned_by" varchar(36) null, "enrolled_at" timestamptz not null, "version" int not null default 1);`);
    this.addSql(`alter table "student" add constraint "student_application_id_unique" unique ("application_id");`);
    this.addSql(`create index "student_account_id_index" on "student" ("account_id");`);
    this.addSql(`create index "student_mentor_id_index" on "student" ("mentor_id");`);
    this.addSql(`create index "student_cycle_id_discipline_code_index" on "student" ("cycle_id", "discipline_code");`);

    this.addSql(`alter table "student" add constraint "student_cycle_id_foreign" foreign key ("cycle_id") references "cycle" ("id") on update cascade;`);
    this.addSql(`alter table "student" add constraint "student_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade;`);
    this.addSql(`alter table "student" add constraint "student_mentor_id_foreign" foreign key ("mentor_id") references "mentor" ("id") on update cascade on delete set null;`);
    // Applicants who confirmed before students existed are the cohort's students too.
    this.addSql(`insert into student (cycle_id, application_id, account_id, discipline_code, enrolled_at, version) select cycle_id, id, applicant_id, discipline_code, coalesce(admission_replied_at, updated_at), 1 from application where status = 'confirmed';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "student" cascade;`);
  }

}
