import { idCheckCharacter } from '@yingcai/domain/applications';
import { describe, expect, it } from 'vitest';
import { buildApplication } from './apply.fixture';
import { changedFields, draftInput, fromIdNumber, typingErrors, unsendable, valuesOf } from './application-values';

const first17 = '14010520100315124';
const validId = first17 + idCheckCharacter(first17);
const saved = valuesOf(buildApplication({ name: null }), 2);

describe('application values', () => {
  it('a saved draft fills the form; ranked mentor choices come first-choice first, padded to the cycle maximum', () => {
    const values = valuesOf(buildApplication({ grade: 11, mentorChoices: [{ mentorId: 'm-2', rank: 2 }, { mentorId: 'm-1', rank: 1 }] }), 3);
    expect(values.grade).toBe('11');
    expect(values.mentorIds).toEqual(['m-1', 'm-2', '']);
  });

  it.each([
    ['a half-typed ID number', { idNumber: '140105' }],
    ['an ID number with a wrong check digit', { idNumber: first17 + (idCheckCharacter(first17) === '1' ? '2' : '1') }],
    ['a half-typed mobile number', { phone: '1380013' }],
    ['a rank that is not a whole number', { subjectRank: '3.5' }],
  ])('%s waits in the browser; the other fields still save', (_, typed) => {
    const values = { ...saved, ...typed, className: '3班' };
    expect(changedFields(values, saved)).toEqual(['className']);
  });

  it('only a fully typed ID number or mobile number is called wrong while typing', () => {
    expect(typingErrors({ ...saved, idNumber: '140105', phone: '1380013' })).toEqual({});
    expect(typingErrors({ ...saved, phone: '12800138000' })).toEqual({ phone: 'INVALID_PHONE' });
  });

  it('issue 10: a date of birth before 1900 or after today waits in the browser, as the API would refuse it', () => {
    expect(unsendable({ ...saved, dateOfBirth: '1800-01-01' }, '2026-12-07')).toMatchObject({ dateOfBirth: 'IMPLAUSIBLE_DATE' });
    expect(unsendable({ ...saved, dateOfBirth: '9999-12-31' }, '2026-12-07')).toMatchObject({ dateOfBirth: 'IMPLAUSIBLE_DATE' });
    expect(unsendable({ ...saved, dateOfBirth: '2009-03-07' }, '2026-12-07')).not.toHaveProperty('dateOfBirth');
  });

  it('the draft input: numbers as numbers, an emptied field as null, mentors ranked 1.., the mobile as digits', () => {
    const values = { ...saved, grade: '10' as const, className: ' ', subjectRank: '12', mentorIds: ['', 'm-3'], phone: '+86 138 0013 8000' };
    expect(draftInput(values, ['grade', 'className', 'subjectRank', 'mentorChoices', 'phone'])).toEqual({
      grade: 10, className: null, subjectRank: 12, mentorChoices: [{ mentorId: 'm-3', rank: 1 }], phone: '13800138000',
    });
  });

  it('full-width digits are numbers: sent as such, not held back as not a number', () => {
    const values = { ...saved, subjectRank: '１２', gradeSize: ' ６００ ' };
    expect(unsendable(values, '2026-12-07')).toEqual({});
    expect(draftInput(values, ['subjectRank', 'gradeSize'])).toEqual({ subjectRank: 12, gradeSize: 600 });
  });

  it('a valid ID number (GB 11643) gives the date of birth and, by the odd 17th digit, the gender', () => {
    expect(fromIdNumber(validId)).toEqual({ dateOfBirth: '2010-03-15', gender: 'FEMALE' });
    expect(fromIdNumber('140105')).toEqual({});
  });
});
