/** The statement of interest (申请陈述): at most this many characters, in the form and at the API. */
export const STATEMENT_MAX_LENGTH = 1000;

/** The most characters of a short field of the application: name, class, a school named outside the list. */
export const SHORT_TEXT_MAX_LENGTH = 50;
