import { Migration } from '@mikro-orm/migrations';
import { decryptField, encryptField } from '../../../crypto/field-keys.js';
import { lookupHash, type LookupKind } from '../../../crypto/lookup-hash.js';
import { ENCRYPTED, rewrite, type Execute } from '../../encrypt-columns.js';
const CONTACTS = ['email', 'phone'] as const;

/**
 * Issue 22: an account's e-mail and phone are encrypted; login, their uniqueness and the per-contact limits
 * find them by keyed hash. Each step runs at once, in order, in the migration's transaction; the data steps
 * only touch rows still to change, so a stopped run finishes when started again.
 */
export class Migration20261207181000_account_contacts_by_hash extends Migration {
  protected readonly run: Execute = (sql, params) => this.execute(sql, params);

  override async up(): Promise<void> {
    for (const column of CONTACTS) {
      const hash = `${column}_hash`;
      await this.run(`alter table account add column ${hash} varchar(64) null`);
      await rewrite(this.run, 'account', column, { where: `${hash} is null`, into: hash }, (value) => lookupHash(column as LookupKind, value));
      await this.dropUnique(column);
      await this.addUnique(hash);
      await this.columnType(column, 'text');
      await rewrite(this.run, 'account', column, { where: `${column} not like '${ENCRYPTED}'` }, encryptField);
    }
  }

  override async down(): Promise<void> {
    for (const column of CONTACTS) {
      await rewrite(this.run, 'account', column, { where: `${column} like '${ENCRYPTED}'` }, (value, id) => decryptField(value, `account.${column} of row ${id}`));
      await this.columnType(column, column === 'email' ? 'varchar(254)' : 'varchar(20)');
      await this.dropUnique(`${column}_hash`);
      await this.addUnique(column);
      await this.run(`alter table account drop column ${column}_hash`);
    }
  }

  protected async dropUnique(column: string): Promise<void> {
    await this.run(`alter table account drop constraint account_${column}_unique`);
  }

  protected async addUnique(column: string): Promise<void> {
    await this.run(`alter table account add constraint account_${column}_unique unique (${column})`);
  }

  protected async columnType(column: string, type: string): Promise<void> {
    await this.run(`alter table account alter column ${column} type ${type} using (${column}::${type})`);
  }
}
