import { Migration } from '@mikro-orm/migrations';

export class Migration20261126012840_admission_confirmation extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "place_offer" ("id" serial primary key, "cycle_id" int not null, "discipline_code" varchar(32) not null, "vacated_by_id" int null, "offered_to_id" int null, "unfilled_reason" text null, "reply_by" date null, "created_at" timestamptz not null);`);
    this.addSql(`create index "place_offer_discipline_code_index" on "place_offer" ("discipline_code");`);

    this.addSql(`alter table "place_offer" add constraint "place_offer_cycle_id_foreign" foreign key ("cycle_id") references "cycle" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "place_offer" add constraint "place_offer_vacated_by_id_foreign" foreign key ("vacated_by_id") references "application" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "place_offer" add constraint "place_offer_offered_to_id_foreign" foreign key ("offered_to_id") references "application" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "application" add column "waitlist_position" int null, add column "admission_replied_at" timestamptz null, add column "decline_reason" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "place_offer" cascade;`);

    this.addSql(`alter table "application" drop column "waitlist_position", drop column "admission_replied_at", drop column "decline_reason";`);
  }

}
