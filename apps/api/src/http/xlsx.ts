import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { AppError } from '../graphql/errors.js';
import { attachmentDisposition } from './content-disposition.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One column of an exported table: its Chinese header, its width in characters and how a row fills it. */
export interface XlsxColumn<T> {
  header: string;
  width?: number;
  value: (row: T) => string | number | null;
}

export interface XlsxTable<T> {
  /** Shown in the browser's save dialog, e.g. 学校名录.xlsx. */
  fileName: string;
  sheetName: string;
  columns: readonly XlsxColumn<T>[];
  rows: readonly T[];
}

/** A workbook of one sheet: a bold header row, then one line a row. */
export async function writeXlsx<T>(table: XlsxTable<T>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(table.sheetName);
  sheet.columns = table.columns.map((c) => ({ header: c.header, width: c.width ?? 16 }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of table.rows) sheet.addRow(table.columns.map((c) => c.value(row) ?? ''));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Sends a table as an .xlsx download; the Chinese file name travels as RFC 5987 `filename*`. */
export async function sendXlsx<T>(reply: FastifyReply, table: XlsxTable<T>): Promise<FastifyReply> {
  const body = await writeXlsx(table);
  return reply
    .header('content-type', XLSX_TYPE)
    .header('content-disposition', attachmentDisposition(table.fileName, 'export.xlsx'))
    .header('cache-control', 'no-store')
    .send(body);
}

/** A sheet row as text by header, with its row number in Excel. */
export interface SheetRow {
  rowNumber: number;
  cells: Record<string, string>;
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

const notXlsx = () => new AppError('BAD_USER_INPUT', 'the file is not an Excel workbook (.xlsx)', { reason: 'NOT_XLSX' });

function cellText(cell: ExcelJS.Cell): string {
  const text = cell.text ?? '';
  return typeof text === 'string' ? text.trim() : String(text).trim();
}

/** A sheet as text: the first row's column names, then every later row with any text. */
export interface SheetTable {
  headers: string[];
  rows: SheetRow[];
}

/** Refuses a table whose first row lacks a named column (BAD_USER_INPUT, reason MISSING_COLUMNS). */
export function requireColumns(headers: readonly string[], required: readonly string[]): void {
  const missing = required.filter((h) => !headers.includes(h));
  if (missing.length > 0) {
    throw new AppError('BAD_USER_INPUT', `the first row must name the columns ${missing.join(', ')}`, { reason: 'MISSING_COLUMNS', columns: missing });
  }
}

/** The first sheet of an .xlsx file as text, every column by its header; a file that is not a workbook is BAD_USER_INPUT. */
export async function readSheetTable(file: Buffer): Promise<SheetTable> {
  if (file.length < 4 || ZIP_SIGNATURE.some((byte, i) => file[i] !== byte)) throw notXlsx();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
  } catch {
    throw notXlsx();
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw notXlsx();
  const columnOf = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, column) => columnOf.set(cellText(cell), column));
  const headers = [...columnOf.keys()].filter(Boolean);
  const rows: SheetRow[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells = Object.fromEntries(headers.map((h) => [h, cellText(row.getCell(columnOf.get(h)!))]));
    if (Object.values(cells).some(Boolean)) rows.push({ rowNumber, cells });
  });
  return { headers, rows };
}

/**
 * Reads the first sheet of an .xlsx file: the first row names the columns, and every later row
 * with any text is a row. A file that is not a workbook, or lacks a named column, is BAD_USER_INPUT.
 */
export async function readSheet(file: Buffer, headers: readonly string[]): Promise<SheetRow[]> {
  const table = await readSheetTable(file);
  requireColumns(table.headers, headers);
  return table.rows.map(({ rowNumber, cells }) => ({ rowNumber, cells: Object.fromEntries(headers.map((h) => [h, cells[h]!])) }));
}
