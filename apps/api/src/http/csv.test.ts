import { describe, expect, it } from 'vitest';
import { parseCsv, readCsvTable } from './csv.js';

describe('CSV files of the office', () => {
  it.each<[string, string, string[][]]>([
    ['plain lines', 'a,b\n1,2\n', [['a', 'b'], ['1', '2']]],
    ['CRLF and no final newline', 'a,b\r\n1,2', [['a', 'b'], ['1', '2']]],
    ['quoted commas, quotes and newlines', 'a,b\n"x, y","say ""hi""\nthere"\n', [['a', 'b'], ['x, y', 'say "hi"\nthere']]],
    ['empty fields', ',\n', [['', '']]],
  ])('%s', (_, text, records) => {
    expect(parseCsv(text)).toEqual(records);
  });

  it('reads UTF-8 with or without a BOM alike, by header, skipping blank lines', () => {
    const text = '身份证号,成绩\n140105200709011234,87.5\n\n,\nSX,90\n';
    const plain = readCsvTable(Buffer.from(text, 'utf8'));
    const withBom = readCsvTable(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    expect(plain).toEqual({
      headers: ['身份证号', '成绩'],
      rows: [{ rowNumber: 2, cells: { 身份证号: '140105200709011234', 成绩: '87.5' } }, { rowNumber: 5, cells: { 身份证号: 'SX', 成绩: '90' } }],
    });
    expect(withBom).toEqual(plain);
  });

  it('refuses a file whose quote is left open, naming the line, with a reason the console explains', () => {
    expect(() => readCsvTable(Buffer.from('报名号,成绩\nSX2026-00001,"90\n', 'utf8'))).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'BAD_CSV' }) }),
    );
  });

  it('refuses a GBK file with a reason the console explains', () => {
    const gbk = Buffer.from([0xc9, 0xed, 0xb7, 0xdd, 0xd6, 0xa4, 0xba, 0xc5, 0x2c, 0xb3, 0xc9, 0xbc, 0xa8, 0x0a]); // 身份证号,成绩
    expect(() => readCsvTable(gbk)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'NOT_UTF8' }) }));
  });
});
