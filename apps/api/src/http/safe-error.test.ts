import { describe, expect, it } from 'vitest';
import { safeError, shapeOf } from './safe-error.js';

describe('issue 10: what a log line says about an error', () => {
  it('keeps the statement and the identifiers, not the values', () => {
    const message = `insert into "application" ("name", "id_number", "phone", "year") values ('王小明', '14010220080101001X', '13812345678', 2026) - duplicate key value violates unique constraint "application_pkey"`;
    expect(shapeOf(message)).toBe(`insert into "application" ("name", "id_number", "phone", "year") values (?, ?, ?, ?) - duplicate key value violates unique constraint "application_pkey"`);
  });

  it('hides the value of a key detail and of a double-quoted non-identifier', () => {
    expect(shapeOf('Key (email)=(li@example.com) already exists')).toBe('Key (email)=(?) already exists');
    expect(shapeOf('unexpected token in "王小明 13812345678"')).toBe('unexpected token in ?');
  });

  it('gives the kind, the code and the stack frames, without the message line', () => {
    const error = Object.assign(new Error(`select * from account where phone = '13812345678'`), { code: '23505' });
    const safe = safeError(error);
    expect(safe).toMatchObject({ type: 'Error', code: '23505', message: 'select * from account where phone = ?' });
    expect(safe.stack).not.toContain('13812345678');
    expect(safe.stack).toMatch(/^\s+at /);
  });
});
