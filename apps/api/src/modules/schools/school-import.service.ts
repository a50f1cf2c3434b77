import { planSchoolImport, reportSchoolImport, type SchoolImportPlan, type SchoolImportReport, type SchoolImportRow } from '@yingcai/domain/schools';
import type { EntityManager } from '@mikro-orm/core';
import type { Context } from '../../graphql/context.js';
import { AppError } from '../../graphql/errors.js';
import { readSheet, type SheetRow } from '../../http/xlsx.js';
import { audit } from '../audit/index.js';
import { School } from './school.entity.js';
import { provinceDistricts, toSchoolRow } from './school-register.js';
import { refuseUnlessOffice } from './school.service.js';

/** The columns of the office's school list, as its spreadsheet names them. */
export const SCHOOL_COLUMNS = { name: '学校名称', district: '所在区县', schoolType: '学校类型', ownership: '办学性质' } as const;

const toInput = ({ rowNumber, cells }: SheetRow) => ({
  rowNumber,
  row: {
    name: cells[SCHOOL_COLUMNS.name] ?? '',
    district: cells[SCHOOL_COLUMNS.district] ?? '',
    schoolType: cells[SCHOOL_COLUMNS.schoolType] ?? '',
    ownership: cells[SCHOOL_COLUMNS.ownership] ?? '',
  },
});

async function plan(em: EntityManager, sheet: SheetRow[]): Promise<SchoolImportPlan> {
  const input = sheet.map(toInput);
  const names = [...new Set(input.map((r) => r.row.name.trim()).filter(Boolean))];
  const known = await em.find(School, { name: { $in: names } });
  return planSchoolImport(input, new Map(known.map((s) => [s.name, toSchoolRow(s)])), await provinceDistricts(em));
}

const reportOf = (result: SchoolImportPlan, dryRun: boolean, committed: boolean): SchoolImportReport => reportSchoolImport(result, { dryRun, committed });

async function apply(em: EntityManager, rows: readonly SchoolImportRow[]): Promise<void> {
  const changed = rows.filter((r) => r.status === 'update').map((r) => r.school!);
  const stored = new Map((await em.find(School, { name: { $in: changed.map((s) => s.name) } })).map((s) => [s.name, s]));
  for (const row of rows) {
    if (row.status === 'new') em.create(School, row.school!);
    if (row.status === 'update') em.assign(stored.get(row.school!.name)!, row.school!);
  }
}

/**
 * Imports the office's school list from an .xlsx file. A dry run only says what each row would do;
 * otherwise the whole file is applied in one transaction, or nothing when any row is bad.
 */
export async function importSchools(ctx: Context, file: Buffer, dryRun: boolean): Promise<SchoolImportReport> {
  refuseUnlessOffice(ctx);
  const sheet = await readSheet(file, Object.values(SCHOOL_COLUMNS));
  if (sheet.length === 0) throw new AppError('BAD_USER_INPUT', 'the sheet has no school rows below its header', { reason: 'EMPTY_SHEET' });
  if (dryRun) return reportOf(await plan(ctx.em, sheet), true, false);
  return ctx.em.transactional(async (em) => {
    const result = await plan(em, sheet);
    if (result.hasBadRows) {
      throw new AppError('BAD_USER_INPUT', 'some rows are bad: nothing was imported', { reason: 'BAD_ROWS', ...reportOf(result, false, false) });
    }
    await apply(em, result.rows);
    const report = reportOf(result, false, true);
    audit(em, ctx, {
      action: 'school.import',
      subjectType: 'school',
      as: 'office_staff',
      reason: `${report.counts.new} new, ${report.counts.update} updated, ${report.counts.unchanged} unchanged`,
    });
    return report;
  });
}
