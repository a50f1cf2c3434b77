import { Migration } from '@mikro-orm/migrations';

export class Migration20261208000000_office_province extends Migration {

  // Issue 11: an office account is bound to the province it runs; the accounts made before are the office of
  // the province the system has run so far (the newest cycle's).
  override async up(): Promise<void> {
    this.addSql(`update \`role_grant\` set \`scope_id\` = (select \`province\` from \`cycle\` order by \`year\` desc, \`province\` asc limit 1) where \`role\` = 'office_staff' and \`scope_id\` is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`update \`role_grant\` set \`scope_id\` = null where \`role\` = 'office_staff';`);
  }

}
