import { Migration20261207181000_account_contacts_by_hash as SameStep } from '../postgresql/Migration20261207181000_account_contacts_by_hash.js';

/** Issue 22: PostgreSQL's steps, with SQLite's unique indexes; its e-mail and phone columns are already text. */
export class Migration20261207181000_account_contacts_by_hash extends SameStep {
  protected override async dropUnique(column: string): Promise<void> {
    await this.run(`drop index account_${column}_unique`);
  }

  protected override async addUnique(column: string): Promise<void> {
    await this.run(`create unique index account_${column}_unique on account (${column})`);
  }

  protected override async columnType(): Promise<void> {}
}
