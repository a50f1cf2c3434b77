import { Migration } from '@mikro-orm/migrations';

export class Migration20261207183218_outbox_delivery extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`outbox_message\` add column \`status\` text not null default 'kept';`);
    this.addSql(`alter table \`outbox_message\` add column \`attempts\` integer not null default 0;`);
    this.addSql(`alter table \`outbox_message\` add column \`next_attempt_at\` datetime null;`);
    this.addSql(`alter table \`outbox_message\` add column \`sent_at\` datetime null;`);
    this.addSql(`alter table \`outbox_message\` add column \`last_error\` text null;`);
    // Before the dispatcher, a message marked smtp was handed to the mail server in its request.
    this.addSql(`update \`outbox_message\` set \`status\` = 'sent', \`sent_at\` = \`created_at\` where \`driver\` = 'smtp';`);
    this.addSql(`create index \`outbox_message_status_next_attempt_at_index\` on \`outbox_message\` (\`status\`, \`next_attempt_at\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index \`outbox_message_status_next_attempt_at_index\`;`);
    for (const column of ['status', 'attempts', 'next_attempt_at', 'sent_at', 'last_error']) this.addSql(`alter table \`outbox_message\` drop column \`${column}\`;`);
  }

}
