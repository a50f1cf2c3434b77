import { Migration } from '@mikro-orm/migrations';

export class Migration20261126012840_admission_confirmation extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "place_offer" ("id" serial primary key, "cycle_id" int not null, "discipline_code" varchar(32) not null, "vacated_by_id" int null, "offered_to_id" int null, "unfilled_reason" text null, "reply_by" date null, "created_at" timestamptz not null);`);
    this.addSql(`create index "place_offer_discipline_code_index" on "place_offer" ("discipline_code");`);

    this.addSql(`alter table "place_offer" add constraint "place_offer_cycle_id_foreign" foreign key ("cycle_id") references "cycle" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "place_offer" add constraint "place_offer_vacated_by_id_foreign" foreign key ("vacated_by_id") references "application" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "place_offer" add constraint "place_offer_offered_to_id_foreign" foreign key ("offered_to_id") references "application" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "application" add column "waitlist_position" int null, add column "admission_replied_at" timestamptz null, add column "decline_reason" text null;`);
    // R-SEL-5: cycles seeded before this migration get the confirmation deadline once (as the seed has it); then it is data.
    this.addSql(`insert into "milestone" ("cycle_id", "key", "name", "starts_on", "ends_on", "position") select c."id", 'admission_confirmation', '录取确认', ((c."year" - 1) || '-12-25')::date, (c."year" || '-01-05')::date, coalesce((select m."position" from "milestone" m where m."cycle_id" = c."id" and m."key" = 'interview'), 0) from "cycle" c where not exists (select 1 from "milestone" m where m."cycle_id" = c."id" and m."key" = 'admission_confirmation');`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "milestone" where "key" = 'admission_confirmation';`);
    this.addSql(`drop table if exists "place_offer" cascade;`);

    this.addSql(`alter table "application" drop column "waitlist_position", drop column "admission_replied_at", drop column "decline_reason";`);
  }

}
