import { findScoreColumns, type ScoreRowInput } from '@yingcai/domain/selection';
import { AppError } from '../../graphql/errors.js';
import { readCsvTable } from '../../http/csv.js';
import { readSheetTable, type SheetTable } from '../../http/xlsx.js';

/** The national platform exports .xlsx or CSV: a .csv name is read as UTF-8 CSV, anything else must be a workbook. */
async function readTable(file: Buffer, fileName: string): Promise<SheetTable> {
  return fileName.toLowerCase().endsWith('.csv') ? readCsvTable(file) : readSheetTable(file);
}

/**
 * R-SEL-2: the rows of a score file as the domain checks them. The columns are found by any of their
 * accepted headers (SCORE_COLUMN_NAMES); a file without a score or any key column, or without rows, is refused.
 */
export async function readScoreSheet(file: Buffer, fileName: string): Promise<{ rowNumber: number; row: ScoreRowInput }[]> {
  const table = await readTable(file, fileName);
  const columns = findScoreColumns(table.headers);
  if (!columns.ok) {
    throw new AppError('BAD_USER_INPUT', `the first row must name the columns ${columns.error.join(', ')}`, { reason: 'MISSING_COLUMNS', columns: columns.error });
  }
  if (table.rows.length === 0) throw new AppError('BAD_USER_INPUT', 'the sheet has no score rows below its header', { reason: 'EMPTY_SHEET' });
  const { idNumber, applicationNumber, score } = columns.value;
  return table.rows.map(({ rowNumber, cells }) => ({
    rowNumber,
    row: { idNumber: idNumber ? (cells[idNumber] ?? '') : '', applicationNumber: applicationNumber ? (cells[applicationNumber] ?? '') : '', score: cells[score] ?? '' },
  }));
}
