import { Migration } from '@mikro-orm/migrations';

export class Migration20261125224203_school_review extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "application" add column "school_note" text null, add column "school_decided_at" timestamptz null, add column "review_reason" text null, add column "reviewed_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "application" drop column "school_note", drop column "school_decided_at", drop column "review_reason", drop column "reviewed_at";`);
  }

}
