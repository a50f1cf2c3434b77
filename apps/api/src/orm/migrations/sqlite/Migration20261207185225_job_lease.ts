import { Migration } from '@mikro-orm/migrations';

export class Migration20261207185225_job_lease extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`job_lease\` (\`name\` text not null, \`due_at\` datetime not null, \`last_run_at\` datetime null, \`holder\` text null, \`runs\` integer not null default 0, primary key (\`name\`));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`job_lease\`;`);
  }

}
