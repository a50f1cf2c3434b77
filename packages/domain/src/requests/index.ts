export { CODE_LENGTH, typedCode } from './fields.js';
export { requestProblems, type RequestProblem } from './problems.js';
export { contactRequest, DISPLAY_NAME_MAX_LENGTH, guardianConsentRequest, registerRequest, resetPasswordRequest, verifyContactRequest } from './register.js';
