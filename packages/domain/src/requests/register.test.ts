import { describe, expect, it } from 'vitest';
import { requestProblems } from './problems.js';
import { guardianConsentRequest, registerRequest, resetPasswordRequest, verifyContactRequest } from './register.js';

const valid = { displayName: '张同学', contact: '138 0000 0001', password: 'a long passphrase', privacyNoticeVersion: '2026-1' };

describe('issue 11: the registration request, one schema for the API and the site', () => {
  it('takes a name, an e-mail or a mainland mobile as typed, a password and the notice version', () => {
    expect(requestProblems(registerRequest, valid)).toEqual([]);
    expect(requestProblems(registerRequest, { ...valid, contact: 'Li@Example.com' })).toEqual([]);
  });

  it('names each field refused with its reason, one per field', () => {
    expect(requestProblems(registerRequest, { displayName: '  ', contact: '12345', password: '', privacyNoticeVersion: '' })).toEqual([
      { field: 'displayName', reason: 'NAME_REQUIRED' },
      { field: 'contact', reason: 'BAD_CONTACT' },
      { field: 'password', reason: 'PASSWORD_REQUIRED' },
      { field: 'privacyNoticeVersion', reason: 'PRIVACY_NOTICE' },
    ]);
    expect(requestProblems(registerRequest, { ...valid, contact: '' })).toEqual([{ field: 'contact', reason: 'CONTACT_REQUIRED' }]);
    expect(requestProblems(registerRequest, { ...valid, displayName: '张'.repeat(101) })).toEqual([{ field: 'displayName', reason: 'NAME_TOO_LONG' }]);
  });
});

describe('issue 11: the code requests', () => {
  it('take six digits as typed, spaces between them allowed', () => {
    expect(requestProblems(verifyContactRequest, { contact: '13800000001', code: '123 456' })).toEqual([]);
    expect(requestProblems(verifyContactRequest, { contact: '13800000001', code: '12345' })).toEqual([{ field: 'code', reason: 'CODE_FORMAT' }]);
    expect(requestProblems(resetPasswordRequest, { contact: '', code: 'abcdef', password: '' })).toEqual([
      { field: 'contact', reason: 'CONTACT_REQUIRED' },
      { field: 'code', reason: 'CODE_FORMAT' },
      { field: 'password', reason: 'PASSWORD_REQUIRED' },
    ]);
  });
});

describe('R-CONSENT-1 the guardian consent request', () => {
  it('names a bad date, a missing guardian, a phone that is not a mainland mobile and a code of the wrong shape', () => {
    const consent = { dateOfBirth: '2009-07-23', guardianName: '李母', guardianPhone: '139 0000 0002', consentVersion: '2026-2', guardianCode: '123456' };
    expect(requestProblems(guardianConsentRequest, consent)).toEqual([]);
    expect(requestProblems(guardianConsentRequest, { ...consent, dateOfBirth: '2009-02-30', guardianName: ' ', guardianPhone: '010-1234567', guardianCode: '1234' })).toEqual([
      { field: 'dateOfBirth', reason: 'DATE_FORMAT' },
      { field: 'guardianName', reason: 'NAME_REQUIRED' },
      { field: 'guardianPhone', reason: 'BAD_PHONE' },
      { field: 'guardianCode', reason: 'CODE_FORMAT' },
    ]);
  });
});
