import { describe, expect, it } from 'vitest';
import { checkMaterial, checkMaterialCount } from './materials.js';

const MB = 1024 * 1024;

describe('R-APP-3 checkMaterial: PDF, JPEG or PNG up to 10 MB, the detected type matching the extension', () => {
  it.each([
    // declared name, detected type, size, violations
    ['成绩单.pdf', 'application/pdf', 1, 0],
    ['成绩单.PDF', 'application/pdf', 10 * MB, 0], // the limit itself
    ['成绩单.pdf', 'application/pdf', 10 * MB + 1, 1],
    ['成绩单.pdf', 'application/pdf', 0, 1], // empty
    ['photo.jpg', 'image/jpeg', 2 * MB, 0],
    ['photo.JPEG', 'image/jpeg', 2 * MB, 0],
    ['photo.png', 'image/png', 2 * MB, 0],
    ['photo.jpg', 'image/png', 2 * MB, 1], // a PNG named .jpg
    ['report.pdf', 'image/jpeg', 2 * MB, 1],
    ['award.png.pdf', 'application/pdf', MB, 0], // only the last extension counts
    ['award.pdf.png', 'application/pdf', MB, 1],
    ['noextension', 'application/pdf', MB, 1],
    ['paper.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', MB, 1],
    ['image.gif', 'image/gif', MB, 1],
    ['big.gif', 'image/gif', 11 * MB, 2], // both problems
    ['constructor', 'constructor', MB, 1], // no prototype key is a type
  ])('R-APP-3 %j detected as %s, %i bytes → %i violation(s)', (declaredName, detectedType, size, count) => {
    const violations = checkMaterial({ declaredName, detectedType, size });
    expect(violations).toHaveLength(count);
    for (const violation of violations) expect(violation.rule).toBe('R-APP-3');
  });

  it('R-APP-3 a smaller limit can be passed', () => {
    expect(checkMaterial({ declaredName: 'a.png', detectedType: 'image/png', size: 2 * MB }, MB)).toEqual([
      { rule: 'R-APP-3', message: 'a.png is larger than 1 MB' },
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
  ])('%i materials → %i violation(s)', (count, violations) => {
    expect(checkMaterialCount(count)).toHaveLength(violations);
  });
});
