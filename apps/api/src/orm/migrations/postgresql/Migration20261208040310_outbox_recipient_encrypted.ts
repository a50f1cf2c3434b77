import { Migration } from '@mikro-orm/migrations';
import { decryptField, encryptField } from '../../../crypto/field-keys.js';
import { lookupHash } from '../../../crypto/lookup-hash.js';
import { ENCRYPTED, rewrite, type Execute } from '../../encrypt-columns.js';

/**
 * Issues 22, 23: an outbox message's recipient (an applicant's or a guardian's phone) is encrypted and
 * found by its keyed hash. The data steps touch only rows still to change, so a stopped run finishes.
 */
const recipientKey = (recipient: string) => lookupHash(recipient.includes('@') ? 'email' : 'phone', recipient);

export class Migration20261208040310_outbox_recipient_encrypted extends Migration {
  protected readonly run: Execute = (sql, params) => this.execute(sql, params);

  override async up(): Promise<void> {
    await this.run('drop index outbox_message_recipient_index');
    await this.run('alter table outbox_message add column recipient_hash varchar(64) null');
    await rewrite(this.run, 'outbox_message', 'recipient', { where: 'recipient_hash is null', into: 'recipient_hash' }, recipientKey);
    await this.recipientType('text');
    await rewrite(this.run, 'outbox_message', 'recipient', { where: `recipient not like '${ENCRYPTED}'` }, encryptField);
    await this.run('create index outbox_message_recipient_hash_index on outbox_message (recipient_hash)');
  }

  override async down(): Promise<void> {
    await this.run('drop index outbox_message_recipient_hash_index');
    await rewrite(this.run, 'outbox_message', 'recipient', { where: `recipient like '${ENCRYPTED}'` }, (value, id) => decryptField(value, `outbox_message.recipient of row ${id}`));
    await this.run('alter table outbox_message drop column recipient_hash');
    await this.recipientType('varchar(254)');
    await this.run('create index outbox_message_recipient_index on outbox_message (recipient)');
  }

  protected async recipientType(type: string): Promise<void> {
    await this.run(`alter table outbox_message alter column recipient type ${type} using (recipient::${type})`);
  }
}
