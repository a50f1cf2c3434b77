/** The statement of interest (申请陈述): at most this many characters, in the form and at the API. */
export const STATEMENT_MAX_LENGTH = 1000;
