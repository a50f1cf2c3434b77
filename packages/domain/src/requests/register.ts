import { z } from 'zod';
import { emailAddress, mainlandMobile } from '../contact.js';

export const DISPLAY_NAME_MAX_LENGTH = 100;

/**
 * Issue 11: a registration as the API takes it and as the site checks it before sending — one schema.
 * Each problem's message is a reason code (NAME_REQUIRED, BAD_CONTACT…) that the screens translate.
 */
export const registerRequest = z.object({
  displayName: z.string().trim().min(1, 'NAME_REQUIRED').max(DISPLAY_NAME_MAX_LENGTH, 'NAME_TOO_LONG'),
  contact: z.string().trim().min(1, 'CONTACT_REQUIRED').refine((value) => emailAddress(value) !== null || mainlandMobile(value) !== null, 'BAD_CONTACT'),
  password: z.string().min(1, 'PASSWORD_REQUIRED'),
  privacyNoticeVersion: z.string().min(1, 'PRIVACY_NOTICE'),
});

export type RegisterRequest = z.input<typeof registerRequest>;
