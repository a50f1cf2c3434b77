import { Migration } from '@mikro-orm/migrations';
import { idNumberHash } from '../../../crypto/lookup-hash.js';
import { decryptField, encryptField } from '../../../crypto/field-keys.js';
import { ENCRYPTED, rewrite, type Execute } from '../../encrypt-columns.js';

/**
 * Issue 22: R-APP-5 finds a submitted ID number by its keyed hash, so the clear copy kept for the unique
 * constraint goes; the applicant's phone is encrypted. Each step runs at once (not queued), in order, in
 * the migration's transaction; the data steps only touch rows still to change.
 */
export class Migration20261207180000_identity_lookup_hashes extends Migration {
  protected readonly run: Execute = (sql, params) => this.execute(sql, params);

  override async up(): Promise<void> {
    await this.run(`alter table application add column submitted_id_hash varchar(64) null`);
    await rewrite(this.run, 'application', 'submitted_id_number', { where: 'submitted_id_hash is null', into: 'submitted_id_hash' }, idNumberHash);
    await this.swapUnique('submitted_id_number', 'submitted_id_hash');
    await this.run(`alter table application drop column submitted_id_number`);
    await this.phoneType('text');
    await rewrite(this.run, 'application', 'phone', { where: `phone not like '${ENCRYPTED}'` }, encryptField);
  }

  override async down(): Promise<void> {
    await rewrite(this.run, 'application', 'phone', { where: `phone like '${ENCRYPTED}'` }, (value, id) => decryptField(value, `application.phone of row ${id}`));
    await this.phoneType('varchar(20)');
    await this.run(`alter table application add column submitted_id_number varchar(18) null`);
    await rewrite(this.run, 'application', 'id_number', { where: 'submitted_id_hash is not null and submitted_id_number is null', into: 'submitted_id_number' }, (value, id) =>
      decryptField(value, `application.id_number of row ${id}`));
    await this.swapUnique('submitted_id_hash', 'submitted_id_number');
    await this.run(`alter table application drop column submitted_id_hash`);
  }

  protected async swapUnique(from: string, to: string): Promise<void> {
    await this.run(`alter table application drop constraint application_cycle_id_${from}_unique`);
    await this.run(`alter table application add constraint application_cycle_id_${to}_unique unique (cycle_id, ${to})`);
  }

  protected async phoneType(type: string): Promise<void> {
    await this.run(`alter table application alter column phone type ${type} using (phone::${type})`);
  }
}
