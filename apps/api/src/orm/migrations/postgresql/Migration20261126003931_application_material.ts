import { Migration } from '@mikro-orm/migrations';

export class Migration20261126003931_application_material extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "application_material" ("id" serial primary key, "application_id" int not null, "slot" int not null, "storage_key" varchar(64) not null, "file_name" varchar(255) not null, "media_type" varchar(32) not null, "size" int not null, "uploaded_at" timestamptz not null);`);
    this.addSql(`create index "application_material_application_id_index" on "application_material" ("application_id");`);
    this.addSql(`alter table "application_material" add constraint "application_material_storage_key_unique" unique ("storage_key");`);
    this.addSql(`alter table "application_material" add constraint "application_material_application_id_slot_unique" unique ("application_id", "slot");`);

    this.addSql(`alter table "application_material" add constraint "application_material_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "application_material" cascade;`);
  }

}
