import { checkSchoolRow, type DistrictEntry, type SchoolRow, type SchoolRowInput, type SchoolRowProblem } from './school-row.js';

/** What importing one row would do: add a school, change one of the same name, nothing, or refuse the row. */
export type SchoolImportStatus = 'new' | 'update' | 'unchanged' | 'duplicate' | 'invalid';

export interface SchoolImportRow {
  /** The row number in the sheet, as the office sees it in Excel. */
  rowNumber: number;
  status: SchoolImportStatus;
  name: string;
  /** The checked row; absent for an invalid one. */
  school: SchoolRow | null;
  problems: SchoolRowProblem[];
}

export interface SchoolImportPlan {
  rows: SchoolImportRow[];
  /** True when any row is invalid or repeats an earlier row's school: then nothing is imported. */
  hasBadRows: boolean;
}

const sameSchool = (a: SchoolRow, b: SchoolRow): boolean =>
  a.districtCode === b.districtCode && a.schoolType === b.schoolType && a.ownership === b.ownership;

/**
 * Plans an import of the office's school list. A school is known by its name: a name already in the
 * register is an update (or unchanged), a name met earlier in the same file is a duplicate. The
 * import is all or nothing, so one bad row holds back the whole file.
 */
export function planSchoolImport(
  input: readonly { rowNumber: number; row: SchoolRowInput }[],
  existing: ReadonlyMap<string, SchoolRow>,
  districts: readonly DistrictEntry[],
): SchoolImportPlan {
  const seen = new Set<string>();
  const rows = input.map(({ rowNumber, row }): SchoolImportRow => {
    const checked = checkSchoolRow(row, districts);
    const name = row.name.trim();
    if (!checked.ok) return { rowNumber, status: 'invalid', name, school: null, problems: checked.error };
    const school = checked.value;
    if (seen.has(school.name)) return { rowNumber, status: 'duplicate', name, school, problems: [{ field: 'name', reason: 'name.duplicateInFile' }] };
    seen.add(school.name);
    const known = existing.get(school.name);
    const status = !known ? 'new' : sameSchool(known, school) ? 'unchanged' : 'update';
    return { rowNumber, status, name, school, problems: [] };
  });
  return { rows, hasBadRows: rows.some((r) => r.status === 'invalid' || r.status === 'duplicate') };
}

/** What the import route answers, dry run or not; the console reads the same type. */
export interface SchoolImportReport {
  dryRun: boolean;
  committed: boolean;
  counts: Record<SchoolImportStatus, number>;
  rows: { rowNumber: number; status: SchoolImportStatus; name: string; problems: SchoolRowProblem[] }[];
}

/** A plan as the report the office reads: counts by status and every row without its stored values. */
export function reportSchoolImport(plan: SchoolImportPlan, flags: { dryRun: boolean; committed: boolean }): SchoolImportReport {
  const counts: Record<SchoolImportStatus, number> = { new: 0, update: 0, unchanged: 0, duplicate: 0, invalid: 0 };
  for (const row of plan.rows) counts[row.status] += 1;
  const rows = plan.rows.map(({ rowNumber, status, name, problems }) => ({ rowNumber, status, name, problems }));
  return { ...flags, counts, rows };
}
