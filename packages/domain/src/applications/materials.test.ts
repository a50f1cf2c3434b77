import { describe, expect, it } from 'vitest';
import { checkMaterial, checkMaterialCount } from './materials.js';

const MB = 1024 * 1024;

describe('R-APP-3 checkMaterial: PDF, JPEG or PNG up to 10 MB, the detected type matching the extension', () => {
  it.each([
    // declared name, detected type, size, problems
    ['成绩单.pdf', 'application/pdf', 1, []],
    ['成绩单.PDF', 'application/pdf', 10 * MB, []], // the limit itself
    ['成绩单.pdf', 'application/pdf', 10 * MB + 1, ['TOO_LARGE']],
    ['成绩单.pdf', 'application/pdf', 0, ['EMPTY']],
    ['photo.jpg', 'image/jpeg', 2 * MB, []],
    ['photo.JPEG', 'image/jpeg', 2 * MB, []],
    ['photo.png', 'image/png', 2 * MB, []],
    ['photo.jpg', 'image/png', 2 * MB, ['EXTENSION']], // a PNG named .jpg
    ['report.pdf', 'image/jpeg', 2 * MB, ['EXTENSION']],
    ['award.png.pdf', 'application/pdf', MB, []], // only the last extension counts
    ['award.pdf.png', 'application/pdf', MB, ['EXTENSION']],
    ['noextension', 'application/pdf', MB, ['EXTENSION']],
    ['paper.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', MB, ['TYPE']],
    ['image.gif', 'image/gif', MB, ['TYPE']],
    ['notes.pdf', '', MB, ['TYPE']], // nothing recognised in the bytes (plain text)
    ['big.gif', 'image/gif', 11 * MB, ['TYPE', 'TOO_LARGE']], // both problems
    ['constructor', 'constructor', MB, ['TYPE']], // no prototype key is a type
  ])('R-APP-3 %j detected as %j, %i bytes → %j', (declaredName, detectedType, size, problems) => {
    const violations = checkMaterial({ declaredName, detectedType, size });
    expect(violations.map((violation) => violation.problem)).toEqual(problems);
    for (const violation of violations) expect(violation.rule).toBe('R-APP-3');
  });

  it.each([
    ['report.pdf', 'image/png', 'report.pdf is a image/png file but its name ends in "pdf"; expected png'],
    ['report.pdf', 'application/zip', 'report.pdf is application/zip, not a PDF, JPEG or PNG file'],
    ['report.pdf', '', 'report.pdf is of no recognised type, not a PDF, JPEG or PNG file'],
  ])('R-APP-3 a %s that is really %j is refused naming what it is', (declaredName, detectedType, message) => {
    expect(checkMaterial({ declaredName, detectedType, size: MB })).toEqual([{ rule: 'R-APP-3', problem: expect.any(String), detectedType, message }]);
  });

  it('R-APP-3 a smaller limit can be passed', () => {
    expect(checkMaterial({ declaredName: 'a.png', detectedType: 'image/png', size: 2 * MB }, MB)).toEqual([
      { rule: 'R-APP-3', problem: 'TOO_LARGE', message: 'a.png is larger than 1 MB' },
    ]);
  });
});

describe('R-APP-3 checkMaterialCount: 0 to 5 supporting materials', () => {
  it.each([
    [0, 0],
    [1, 0],
    [5, 0],
    [6, 1],
    [20, 1],
  ])('R-APP-3 %i materials → %i violation(s)', (count, violations) => {
    expect(checkMaterialCount(count).filter((violation) => violation.problem === 'TOO_MANY')).toHaveLength(violations);
  });
});
