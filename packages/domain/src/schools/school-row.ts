import { err, ok, type Result } from '../result.js';
import { SCHOOL_OWNERSHIPS, SCHOOL_TYPES, type SchoolOwnership, type SchoolType } from './school-register.js';

export const MAX_SCHOOL_NAME_LENGTH = 200;

/** A row of the school register as typed or read from a sheet: a district, type and ownership by code or Chinese name. */
export interface SchoolRowInput {
  name: string;
  district: string;
  schoolType: string;
  ownership: string;
}

/** A row fit to store: every value a code. */
export interface SchoolRow {
  name: string;
  districtCode: string;
  schoolType: SchoolType;
  ownership: SchoolOwnership;
}

export type SchoolRowField = keyof SchoolRowInput;

/** Why a value is refused, as a code a client translates (e.g. `district.unknown` → 所在区县不在本省区县表中). */
export type SchoolRowReason =
  | 'name.required'
  | 'name.tooLong'
  | 'name.duplicateInFile'
  | 'district.required'
  | 'district.unknown'
  | 'schoolType.required'
  | 'schoolType.unknown'
  | 'ownership.required'
  | 'ownership.unknown';

export interface SchoolRowProblem {
  field: SchoolRowField;
  reason: SchoolRowReason;
}

export interface DistrictEntry {
  code: string;
  name: string;
}

const clean = (value: string | null | undefined): string => (value ?? '').trim();

/** A code or a Chinese name of a list of { code, name }; names and codes are matched exactly after trimming. */
function lookUp<T extends { code: string; name: string }>(list: readonly T[], value: string): T | undefined {
  return list.find((entry) => entry.code === value || entry.name === value);
}

function checkName(name: string): SchoolRowReason | null {
  if (!name) return 'name.required';
  return name.length > MAX_SCHOOL_NAME_LENGTH ? 'name.tooLong' : null;
}

function checkChoice(field: Exclude<SchoolRowField, 'name'>, value: string, found: unknown): SchoolRowReason | null {
  if (!value) return `${field}.required`;
  return found ? null : `${field}.unknown`;
}

/**
 * One row of the office's school register: a name (trimmed, at most 200 characters), a district of
 * the province's districts table, a 学校类型 and a 办学性质, each by code or Chinese name. Every
 * problem is its own entry, so a form or an import preview shows them all at once.
 */
export function checkSchoolRow(input: SchoolRowInput, districts: readonly DistrictEntry[]): Result<SchoolRow, SchoolRowProblem[]> {
  const name = clean(input.name);
  const district = lookUp(districts, clean(input.district));
  const schoolType = lookUp(SCHOOL_TYPES, clean(input.schoolType));
  const ownership = lookUp(SCHOOL_OWNERSHIPS, clean(input.ownership));
  const reasons = [
    checkName(name),
    checkChoice('district', clean(input.district), district),
    checkChoice('schoolType', clean(input.schoolType), schoolType),
    checkChoice('ownership', clean(input.ownership), ownership),
  ].filter((reason): reason is SchoolRowReason => reason !== null);
  if (reasons.length > 0) return err(reasons.map((reason) => ({ field: reason.split('.')[0] as SchoolRowField, reason })));
  return ok({ name, districtCode: district!.code, schoolType: schoolType!.code, ownership: ownership!.code });
}
