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

/** RFC 4180 records: fields split by commas, quoted fields may hold commas, newlines and doubled quotes. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const endRecord = () => {
    records.push([...record, field]);
    record = [];
    field = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (quoted) {
      field += char;
    } else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      endRecord();
    } else {
      field += char;
    }
  }
  if (field !== '' || record.length > 0) endRecord();
  return records;
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
