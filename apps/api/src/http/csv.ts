import { parse } from 'csv-parse/sync';
import { AppError } from '../graphql/errors.js';
import type { SheetRow, SheetTable } from './xlsx.js';

const notUtf8 = () =>
  new AppError('BAD_USER_INPUT', 'the CSV file is not UTF-8 (a GBK file from older Excel?): save it as "CSV UTF-8"', { reason: 'NOT_UTF8' });

function decode(file: Buffer): string {
  try {
    // Excel's "CSV UTF-8" starts with a BOM, other tools write none: both read the same.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(file);
  } catch {
    throw notUtf8();
  }
}

/** RFC 4180 records (csv-parse): quoted fields may hold commas, newlines and doubled quotes; a blank line is a record too, so row numbers stay Excel's. */
export function parseCsv(text: string): string[][] {
  try {
    return parse(text, { relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new AppError('BAD_USER_INPUT', `the CSV file cannot be read${line ? ` at line ${line}` : ''}: a quote is left open or misplaced`, { reason: 'BAD_CSV', line });
  }
}

/**
 * A UTF-8 CSV file (with or without a BOM) as a table like an .xlsx sheet: the first record names the
 * columns; a row's number is its record's, as Excel shows it when the file is opened. A file in
 * another encoding is BAD_USER_INPUT with reason NOT_UTF8.
 */
export function readCsvTable(file: Buffer): SheetTable {
  const [header = [], ...records] = parseCsv(decode(file));
  const headers = header.map((h) => h.trim());
  const rows: SheetRow[] = [];
  records.forEach((record, index) => {
    const cells = Object.fromEntries(headers.filter(Boolean).map((h) => [h, (record[headers.indexOf(h)] ?? '').trim()]));
    if (Object.values(cells).some(Boolean)) rows.push({ rowNumber: index + 2, cells });
  });
  return { headers: headers.filter(Boolean), rows };
}
