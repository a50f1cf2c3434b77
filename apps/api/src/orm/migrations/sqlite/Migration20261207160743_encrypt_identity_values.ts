import { Migration } from '@mikro-orm/migrations';
import { decryptColumns, encryptColumns, type EncryptedColumn } from '../../encrypt-columns.js';

/** Issue 22: the identity values already stored are encrypted in place; the hashes of later steps join them. */
const COLUMNS: EncryptedColumn[] = [
  ['guardian_consent', 'date_of_birth'],
  ['guardian_consent', 'guardian_phone'],
  ['application', 'date_of_birth'],
  ['application', 'id_number'],
];

export class Migration20261207160743_encrypt_identity_values extends Migration {
  override async up(): Promise<void> {
    await encryptColumns(this, COLUMNS);
  }

  override async down(): Promise<void> {
    await decryptColumns(this, COLUMNS);
  }
}
