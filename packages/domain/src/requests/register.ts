import { z } from 'zod';
import { isCalendarDate } from '../cycle/calendar-date.js';
import { mainlandMobile } from '../contact.js';
import { codeField, contactField, passwordField } from './fields.js';

export const DISPLAY_NAME_MAX_LENGTH = 100;

/**
 * Issue 11: the account requests as the API takes them and as the site checks them before sending — one
 * schema each. Each problem's message is a reason code (NAME_REQUIRED, BAD_CONTACT…) the screens translate.
 */
export const registerRequest = z.object({
  displayName: z.string().trim().min(1, 'NAME_REQUIRED').max(DISPLAY_NAME_MAX_LENGTH, 'NAME_TOO_LONG'),
  contact: contactField,
  password: passwordField,
  privacyNoticeVersion: z.string().min(1, 'PRIVACY_NOTICE'),
});

/** A contact alone: to send (or send again) a code to it. */
export const contactRequest = z.object({ contact: contactField });

/** The code sent to a contact, entered to verify it. */
export const verifyContactRequest = z.object({ contact: contactField, code: codeField });

/** A new password with the code sent to the contact. */
export const resetPasswordRequest = z.object({ contact: contactField, code: codeField, password: passwordField });

/**
 * R-CONSENT-1 (issue 23): the guardian's consent as the applicant records it, with the code sent to the
 * guardian's own phone. Whether the date of birth is past, and the phone not the applicant's own, the API
 * checks against today and the account.
 */
export const guardianConsentRequest = z.object({
  dateOfBirth: z.string().refine(isCalendarDate, 'DATE_FORMAT'),
  guardianName: z.string().trim().min(1, 'NAME_REQUIRED').max(DISPLAY_NAME_MAX_LENGTH, 'NAME_TOO_LONG'),
  guardianPhone: z.string().refine((value) => mainlandMobile(value) !== null, 'BAD_PHONE'),
  consentVersion: z.string().min(1, 'CONSENT_VERSION'),
  guardianCode: codeField,
});
