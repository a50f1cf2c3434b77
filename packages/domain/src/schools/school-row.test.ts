import { describe, expect, it } from 'vitest';
import { planSchoolImport, reportSchoolImport } from './school-import.js';
import { checkSchoolRow, type SchoolRow, type SchoolRowInput, type SchoolRowReason } from './school-row.js';

const districts = [
  { code: '140105', name: '小店区' },
  { code: '140106', name: '迎泽区' },
];
const row: SchoolRowInput = { name: '太原市第五中学', district: '迎泽区', schoolType: '高级中学', ownership: '公办' };
const stored: SchoolRow = { name: '太原市第五中学', districtCode: '140106', schoolType: 'senior_high', ownership: 'public' };

describe('checkSchoolRow: one row of the school register', () => {
  it.each<[string, Partial<SchoolRowInput>, SchoolRowReason[]]>([
    ['Chinese names', {}, []],
    ['codes', { district: '140106', schoolType: 'senior_high', ownership: 'public' }, []],
    ['surrounding spaces', { name: ' 太原市第五中学 ', district: ' 迎泽区\t', ownership: ' 公办 ' }, []],
    ['民办 完全中学', { schoolType: '完全中学', ownership: '民办' }, []],
    ['a name of 200 characters', { name: '校'.repeat(200) }, []],
    ['a name of 201 characters', { name: '校'.repeat(201) }, ['name.tooLong']],
    ['no name', { name: '' }, ['name.required']],
    ['a blank name', { name: ' \u3000 ' }, ['name.required']],
    ['no district', { district: '' }, ['district.required']],
    ['a district of another province', { district: '清徐县' }, ['district.unknown']],
    ['a code prefix is not a district', { district: '14010' }, ['district.unknown']],
    ['an unknown type', { schoolType: '职业高中' }, ['schoolType.unknown']],
    ['no type', { schoolType: ' ' }, ['schoolType.required']],
    ['an unknown ownership', { ownership: '公立' }, ['ownership.unknown']],
    ['no ownership', { ownership: '' }, ['ownership.required']],
    ['everything wrong, every problem', { name: '', district: 'x', schoolType: 'y', ownership: '' }, ['name.required', 'district.unknown', 'schoolType.unknown', 'ownership.required']],
  ])('%s', (_, change, reasons) => {
    const result = checkSchoolRow({ ...row, ...change }, districts);
    if (reasons.length === 0) expect(result.ok).toBe(true);
    else expect(result).toEqual({ ok: false, error: reasons.map((reason) => ({ field: reason.split('.')[0], reason })) });
  });

  it('gives codes back, trimmed', () => {
    expect(checkSchoolRow({ ...row, name: ' 太原市第五中学 ' }, districts)).toEqual({ ok: true, value: stored });
  });

  it('no districts table: no district is known', () => {
    expect(checkSchoolRow(row, [])).toMatchObject({ ok: false, error: [{ field: 'district', reason: 'district.unknown' }] });
  });
});

describe('planSchoolImport: what an import of the office\'s list would do', () => {
  const existing = new Map([[stored.name, stored]]);
  const plan = (rows: Partial<SchoolRowInput>[]) =>
    planSchoolImport(rows.map((r, i) => ({ rowNumber: i + 2, row: { ...row, ...r } })), existing, districts);

  it.each<[string, Partial<SchoolRowInput>[], string[], boolean]>([
    ['a known school as it is', [{}], ['unchanged'], false],
    ['a known school in another district', [{ district: '小店区' }], ['update'], false],
    ['a new school', [{ name: '太原市第十二中学' }], ['new'], false],
    ['the same name twice: the second is a duplicate', [{ name: '新学校' }, { name: ' 新学校 ' }], ['new', 'duplicate'], true],
    ['one invalid row holds back the file', [{ name: '新学校' }, { ownership: '公立' }], ['new', 'invalid'], true],
    ['nothing', [], [], false],
  ])('%s', (_, rows, statuses, hasBadRows) => {
    const result = plan(rows);
    expect(result.rows.map((r) => r.status)).toEqual(statuses);
    expect(result.hasBadRows).toBe(hasBadRows);
  });

  it('names each bad row by its sheet row number with its reasons', () => {
    const result = plan([{ name: '新学校' }, { name: '新学校' }, { district: '', schoolType: '大学' }]);
    expect(result.rows.slice(1)).toEqual([
      { rowNumber: 3, status: 'duplicate', name: '新学校', school: { ...stored, name: '新学校' }, problems: [{ field: 'name', reason: 'name.duplicateInFile' }] },
      {
        rowNumber: 4, status: 'invalid', name: '太原市第五中学', school: null,
        problems: [{ field: 'district', reason: 'district.required' }, { field: 'schoolType', reason: 'schoolType.unknown' }],
      },
    ]);
  });
});

describe('reportSchoolImport: the plan as the office reads it', () => {
  it('counts rows by status and leaves the stored values out', () => {
    const plan = planSchoolImport([{ rowNumber: 2, row }, { rowNumber: 3, row: { ...row, name: '新学校' } }, { rowNumber: 4, row: { ...row, name: '' } }], new Map([[stored.name, stored]]), districts);
    expect(reportSchoolImport(plan, { dryRun: true, committed: false })).toEqual({
      dryRun: true,
      committed: false,
      counts: { new: 1, update: 0, unchanged: 1, duplicate: 0, invalid: 1 },
      rows: [
        { rowNumber: 2, status: 'unchanged', name: '太原市第五中学', problems: [] },
        { rowNumber: 3, status: 'new', name: '新学校', problems: [] },
        { rowNumber: 4, status: 'invalid', name: '', problems: [{ field: 'name', reason: 'name.required' }] },
      ],
    });
  });
});
