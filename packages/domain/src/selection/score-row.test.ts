import { describe, expect, it } from 'vitest';
import { idCheckCharacter } from '../applications/id-number.js';
import { findScoreColumns } from './score-columns.js';
import { checkScoreRow, parseAssessmentScore, type ScoreRowInput, type ScoreRowReason } from './score-row.js';

const first17 = '14010520070901123';
const ID = first17 + idCheckCharacter(first17);
const row: ScoreRowInput = { idNumber: ID, applicationNumber: 'SX2026-00001', score: '87.5' };

describe('R-SEL-2 parseAssessmentScore: 0 to 100, at most two decimals', () => {
  it.each<[string, number]>([
    ['0', 0],
    ['100', 100],
    ['99.99', 99.99],
    ['87.5', 87.5],
    [' 60 ', 60],
    ['87.50', 87.5],
    ['87.500', 87.5],
    ['.5', 0.5],
    ['+70', 70],
    ['-0', 0],
  ])('%j is %d', (text, score) => {
    expect(parseAssessmentScore(text)).toEqual({ ok: true, value: score });
  });

  it.each<[string, ScoreRowReason]>([
    ['', 'score.required'],
    ['  ', 'score.required'],
    ['缺考', 'score.notNumber'],
    ['87,5', 'score.notNumber'],
    ['8 7', 'score.notNumber'],
    ['1e2', 'score.notNumber'],
    ['NaN', 'score.notNumber'],
    ['-0.01', 'score.outOfRange'],
    ['100.01', 'score.outOfRange'],
    ['101', 'score.outOfRange'],
    ['87.555', 'score.tooPrecise'],
    ['0.001', 'score.tooPrecise'],
  ])('%j is refused: %s', (text, reason) => {
    expect(parseAssessmentScore(text)).toEqual({ ok: false, error: reason });
  });
});

describe('R-SEL-2 checkScoreRow: one row of the national platform’s export', () => {
  it.each<[string, Partial<ScoreRowInput>, { idNumber: string | null; applicationNumber: string | null; score: number }]>([
    ['both keys', {}, { idNumber: ID, applicationNumber: 'SX2026-00001', score: 87.5 }],
    ['only the ID number', { applicationNumber: '' }, { idNumber: ID, applicationNumber: null, score: 87.5 }],
    ['only the application number', { idNumber: ' ' }, { idNumber: null, applicationNumber: 'SX2026-00001', score: 87.5 }],
    ['a lower-case application number and spaces', { applicationNumber: ' sx2026-00001 ' }, { idNumber: ID, applicationNumber: 'SX2026-00001', score: 87.5 }],
  ])('%s', (_, change, value) => {
    expect(checkScoreRow({ ...row, ...change })).toEqual({ ok: true, value });
  });

  it('a lower-case x in the ID number is read as X', () => {
    const withX = '14010520070901101';
    expect(idCheckCharacter(withX)).toBe('X');
    expect(checkScoreRow({ ...row, idNumber: `${withX}x` })).toMatchObject({ ok: true, value: { idNumber: `${withX}X` } });
  });

  it.each<[string, Partial<ScoreRowInput>, [string, ScoreRowReason][]]>([
    ['no key at all', { idNumber: '', applicationNumber: '' }, [['key', 'key.required']]],
    ['a mistyped ID number', { idNumber: ID.slice(0, 17) + (ID.endsWith('1') ? '2' : '1') }, [['idNumber', 'idNumber.invalid']]],
    ['an ID number shown by Excel as a number', { idNumber: '1.40105E+17' }, [['idNumber', 'idNumber.invalid']]],
    ['no score', { score: '' }, [['score', 'score.required']]],
    ['everything wrong, every problem', { idNumber: '123', score: '一百' }, [['idNumber', 'idNumber.invalid'], ['score', 'score.notNumber']]],
  ])('%s', (_, change, problems) => {
    expect(checkScoreRow({ ...row, ...change })).toEqual({ ok: false, error: problems.map(([field, reason]) => ({ field, reason })) });
  });
});

describe('R-SEL-2 findScoreColumns: the headers of the export', () => {
  it.each<[string[], { idNumber: string | null; applicationNumber: string | null; score: string }]>([
    [['身份证号', '报名号', '成绩'], { idNumber: '身份证号', applicationNumber: '报名号', score: '成绩' }],
    [['姓名', '身份证号码', '潜质测评成绩'], { idNumber: '身份证号码', applicationNumber: null, score: '潜质测评成绩' }],
    [[' 报名编号 ', '总分'], { idNumber: null, applicationNumber: '报名编号', score: '总分' }],
  ])('%j', (headers, columns) => {
    expect(findScoreColumns(headers)).toEqual({ ok: true, value: columns });
  });

  it.each<[string[], string[]]>([
    [['身份证号', '分数'], ['成绩']],
    [['姓名', '成绩'], ['身份证号', '报名号']],
    [[], ['身份证号', '报名号', '成绩']],
  ])('%j lacks %j', (headers, missing) => {
    expect(findScoreColumns(headers)).toEqual({ ok: false, error: missing });
  });
});
