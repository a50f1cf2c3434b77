export { ROLES, ROLE_SCOPE, STAFF_ROLES, isRole, isWellFormedGrant, type Actor, type Role, type RoleGrant, type ScopeKind } from './roles.js';
export { POLICY, can, mayEver, type Action, type Decision, type Resource } from './policy.js';
export { checkPassword, type PasswordProblem } from './password-policy.js';
