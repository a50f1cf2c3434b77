import type { CommonStrings } from './common.zh-CN';

export const commonEn: CommonStrings = {
  languages: {
    'zh-CN': '中文',
    en: 'English',
  },
  languageSwitch: 'Switch language',
  programme: {
    name: 'Young Talent Programme',
  },
  phases: {
    not_started: 'This cycle has not started yet.',
    between: 'We are between two steps of the cycle.',
    finished: 'This cycle has finished.',
  },
  timeline: {
    label: 'Cycle schedule',
    current: 'Current',
    done: 'Done',
    ongoing: 'In progress',
  },
  state: {
    loading: 'Loading…',
    loadFailed: 'Could not load. Please check your connection and try again.',
    retry: 'Try again',
  },
  listSeparator: ', ',
  accountErrors: {
    WEAK_PASSWORD: 'The password does not meet the rules.',
    BAD_CONTACT: 'Enter a valid e-mail address or 11-digit mobile number.',
    CONTACT_IN_USE: 'This e-mail or phone is already registered: log in or reset the password.',
    CODE_INVALID: 'The code is wrong or no longer valid: check it, or ask for a new one.',
    CONTROL_CHARACTER: 'The text holds a hidden control character (often copied from another program): remove it and type it again.',
    WRONG_CREDENTIALS: 'Wrong login or password.',
    WRONG_PASSWORD: 'The current password is wrong.',
    ACCOUNT_DISABLED: 'This account is disabled: contact the programme office.',
    ACCOUNT_UNVERIFIED: 'This account is not verified yet: enter the code we sent you.',
    INVITATION_EXPIRED: 'This invitation has expired: ask the admin for a new one.',
    INVITATION_USED: 'This invitation was already used: log in instead.',
    RATE_LIMITED: 'Too many attempts: try again in {{minutes}} min.',
    BAD_GRANT: 'The role or its binding is not valid.',
    UNAUTHENTICATED: 'Please log in first.',
    FORBIDDEN: 'You are not allowed to do this.',
    NOT_FOUND: 'Not found.',
    CONFLICT: 'Someone else changed this: reload and try again.',
    BAD_USER_INPUT: 'Please check what you entered.',
    INTERNAL: 'Something went wrong: try again later.',
  },
  passwordProblems: {
    TOO_SHORT: 'At least 8 characters (a long phrase in any language is welcome).',
    TOO_LONG: 'At most 128 characters.',
    COMMON: 'This is a common password that is easy to guess: choose another.',
    CONTAINS_IDENTITY: 'The password must not contain your e-mail, phone number or name.',
  },
};
