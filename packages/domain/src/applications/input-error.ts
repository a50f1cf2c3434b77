/**
 * A number or text the applicant typed that cannot be judged (a rank of 0, a malformed ID
 * number): the form asks for it again. Not a rule violation: no rule was broken yet.
 */
export interface InputError {
  field: string;
  code: string;
  message: string;
}
