import { Type } from '@mikro-orm/core';
import { decryptField, encryptField } from './field-keys.js';

/**
 * Issue 22: a text column stored encrypted (AES-256-GCM, see field-cipher.ts). Entities hold the clear
 * value; every write is a new ciphertext, so rows are compared by their clear values, not their bytes,
 * and a loaded row is not rewritten by a flush that did not change it.
 */
export class EncryptedType extends Type<string | null, string | null> {
  private readonly source: { table: string; column: string };

  /** `where` names the column in errors: `application.date_of_birth`. */
  constructor(private readonly where: string) {
    super();
    const [table = '', column = ''] = where.split('.');
    this.source = { table, column };
  }

  override convertToDatabaseValue(value: string | null): string | null {
    return value === null || value === undefined ? value : encryptField(value);
  }

  override convertToJSValue(value: string | null): string | null {
    return value === null || value === undefined ? value : decryptField(value, this.where, this.source);
  }

  override compareValues(a: string | null, b: string | null): boolean {
    if (a === null || b === null || a === undefined || b === undefined) return a === b;
    return decryptField(a, this.where) === decryptField(b, this.where);
  }

  override ensureComparable(): boolean {
    return false;
  }

  override getColumnType(): string {
    return 'text';
  }
}
