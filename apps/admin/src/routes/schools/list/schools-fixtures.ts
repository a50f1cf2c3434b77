// Test data of 学校名录, as the API sends it. Used by the *.test.tsx beside it only.
import type { MockLink } from '@apollo/client/testing';
import type { SchoolImportReport } from '@yingcai/domain/schools';
import { AdminCreateSchoolDocument, AdminSchoolsDocument, type AdminCreateSchoolMutationVariables, type AdminSchoolsQueryVariables } from '@yingcai/schema';
import type { SchoolRow } from './schools-query';

export function aSchool(overrides: Partial<SchoolRow> = {}): SchoolRow {
  return { id: 'school-5', name: '太原市第五中学', districtCode: '140106', districtName: '迎泽区', schoolType: 'SENIOR_HIGH', ownership: 'PUBLIC', ...overrides };
}

const sent = (row: SchoolRow) => ({ __typename: 'School', ...row });

/** Answers every AdminSchools request from `answer(variables)` and records the variables sent. */
export function schoolsMock(answer: (variables: AdminSchoolsQueryVariables) => { rows: SchoolRow[]; total: number }) {
  const sentVariables: AdminSchoolsQueryVariables[] = [];
  const mock: MockLink.MockedResponse = {
    request: { query: AdminSchoolsDocument, variables: () => true },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: (variables: AdminSchoolsQueryVariables) => {
      sentVariables.push(variables);
      const { rows, total } = answer(variables);
      return { data: { schools: { __typename: 'SchoolPage', total, rows: rows.map(sent) } } };
    },
  };
  return { mock, sentVariables };
}

/** Answers AdminCreateSchool and records what was sent. */
export function createMock(answer: (variables: AdminCreateSchoolMutationVariables) => { data: unknown } | { errors: unknown[] }) {
  const sentVariables: AdminCreateSchoolMutationVariables[] = [];
  const mock: MockLink.MockedResponse = {
    request: { query: AdminCreateSchoolDocument, variables: () => true },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: (variables: AdminCreateSchoolMutationVariables) => {
      sentVariables.push(variables);
      return answer(variables) as never;
    },
  };
  return { mock, sentVariables };
}

export const created = (row: SchoolRow) => ({ data: { createSchool: sent(row) } });

/** A dry run of a file with one new school, one update, one repeated row and one wrong row. */
export function aReportWithBadRows(): SchoolImportReport {
  return {
    dryRun: true,
    committed: false,
    counts: { new: 1, update: 1, unchanged: 0, duplicate: 1, invalid: 1 },
    rows: [
      { rowNumber: 2, status: 'new', name: '太原市第十二中学', problems: [] },
      { rowNumber: 3, status: 'update', name: '太原市第五中学', problems: [] },
      { rowNumber: 4, status: 'duplicate', name: '太原市第十二中学', problems: [{ field: 'name', reason: 'name.duplicateInFile' }] },
      {
        rowNumber: 5,
        status: 'invalid',
        name: '清徐中学',
        problems: [
          { field: 'district', reason: 'district.unknown' },
          { field: 'ownership', reason: 'ownership.unknown' },
        ],
      },
    ],
  };
}

export function aCleanReport(committed = false): SchoolImportReport {
  return {
    dryRun: !committed,
    committed,
    counts: { new: 1, update: 1, unchanged: 0, duplicate: 0, invalid: 0 },
    rows: [
      { rowNumber: 2, status: 'new', name: '太原市第十二中学', problems: [] },
      { rowNumber: 3, status: 'update', name: '太原市第五中学', problems: [] },
    ],
  };
}
