import { Migration } from '@mikro-orm/migrations';

export class Migration20261207183219_outbox_delivery extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "outbox_message" add column "status" varchar(8) not null default 'kept', add column "attempts" int not null default 0, add column "next_attempt_at" timestamptz null, add column "sent_at" timestamptz null, add column "last_error" varchar(64) null;`);
    // Before the dispatcher, a message marked smtp was handed to the mail server in its request.
    this.addSql(`update "outbox_message" set "status" = 'sent', "sent_at" = "created_at" where "driver" = 'smtp';`);
    this.addSql(`create index "outbox_message_status_next_attempt_at_index" on "outbox_message" ("status", "next_attempt_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "outbox_message_status_next_attempt_at_index";`);
    this.addSql(`alter table "outbox_message" drop column "status", drop column "attempts", drop column "next_attempt_at", drop column "sent_at", drop column "last_error";`);
  }

}
