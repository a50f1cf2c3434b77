export { requestProblems, type RequestProblem } from './problems.js';
export { DISPLAY_NAME_MAX_LENGTH, registerRequest, type RegisterRequest } from './register.js';
