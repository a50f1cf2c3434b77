import { z } from 'zod';
import { emailAddress, mainlandMobile } from '../contact.js';

/** A one-time code: six digits (spaces typed between them are dropped). */
export const CODE_LENGTH = 6;

/** The digits of a code as typed: `123 456` → `123456`. */
export const typedCode = (raw: string): string => raw.replace(/\s/g, '');

/** An e-mail address or a mainland mobile number as typed. */
export const contactField = z
  .string()
  .trim()
  .min(1, 'CONTACT_REQUIRED')
  .refine((value) => emailAddress(value) !== null || mainlandMobile(value) !== null, 'BAD_CONTACT');

const CODE = new RegExp(`^\\d{${CODE_LENGTH}}$`);

export const codeField = z.string().refine((value) => CODE.test(typedCode(value)), 'CODE_FORMAT');

export const passwordField = z.string().min(1, 'PASSWORD_REQUIRED');
