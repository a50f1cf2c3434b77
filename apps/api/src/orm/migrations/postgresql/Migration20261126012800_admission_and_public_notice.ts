import { Migration } from '@mikro-orm/migrations';

export class Migration20261126012800_admission_and_public_notice extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "admission_publication" ("id" serial primary key, "cycle_id" int not null, "published_at" timestamptz not null, "published_by" varchar(36) not null, "notice_ends_at" timestamptz not null);`);
    this.addSql(`alter table "admission_publication" add constraint "admission_publication_cycle_id_unique" unique ("cycle_id");`);

    this.addSql(`create table "notice_objection" ("id" serial primary key, "cycle_id" int not null, "application_id" int not null, "objector_name" varchar(50) not null, "objector_contact" varchar(100) not null, "reason" text not null, "raised_at" timestamptz not null, "answer" text null, "answered_at" timestamptz null, "answered_by" varchar(36) null, "version" int not null default 1);`);
    this.addSql(`create index "notice_objection_application_id_index" on "notice_objection" ("application_id");`);

    this.addSql(`alter table "admission_publication" add constraint "admission_publication_cycle_id_foreign" foreign key ("cycle_id") references "cycle" ("id") on update cascade;`);

    this.addSql(`alter table "notice_objection" add constraint "notice_objection_cycle_id_foreign" foreign key ("cycle_id") references "cycle" ("id") on update cascade;`);
    this.addSql(`alter table "notice_objection" add constraint "notice_objection_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade;`);

    this.addSql(`alter table "cycle" add column "assessment_weight" numeric(3,2) not null default 0.4, add column "interview_weight" numeric(3,2) not null default 0.6, add column "public_notice_days" int not null default 5;`);

    this.addSql(`alter table "application" add column "admission_decision" varchar(16) null, add column "admission_decided_at" timestamptz null, add column "admission_decided_by" varchar(36) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "admission_publication" cascade;`);

    this.addSql(`drop table if exists "notice_objection" cascade;`);

    this.addSql(`alter table "application" drop column "admission_decision", drop column "admission_decided_at", drop column "admission_decided_by";`);

    this.addSql(`alter table "cycle" drop column "assessment_weight", drop column "interview_weight", drop column "public_notice_days";`);
  }

}
