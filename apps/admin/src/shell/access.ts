import type { AdminSessionAccountFragment, Role, ScopeKind } from '@yingcai/schema';
import { ROLE_SCOPE, STAFF_ROLES as DOMAIN_STAFF_ROLES, type Role as DomainRole } from '@yingcai/domain/access';

export type SessionAccount = AdminSessionAccountFragment;
export type Grant = SessionAccount['roles'][number];

/** Who may open a screen: one role, any of a list of roles, or any staff role (everyone but a plain applicant). */
export type RequiredRole = Role | readonly Role[] | 'ANY_STAFF';

// The GraphQL enum is the domain's role in capitals; the domain says which roles are staff and which are bound.
const toDomain = (role: Role): DomainRole => role.toLowerCase() as DomainRole;
const toGraphQL = (role: DomainRole): Role => role.toUpperCase() as Role;

/** Roles an admin can give, in the order the console lists them. */
export const STAFF_ROLES: readonly Role[] = DOMAIN_STAFF_ROLES.map(toGraphQL);

export const ALL_ROLES: readonly Role[] = ['APPLICANT', ...STAFF_ROLES];

/** What a role is bound to (a school, a mentor, a university), or null. */
export function scopeOf(role: Role): ScopeKind | null {
  const scope = ROLE_SCOPE[toDomain(role)];
  return scope ? (scope.toUpperCase() as ScopeKind) : null;
}

export function isStaffRole(role: Role): boolean {
  return STAFF_ROLES.includes(role);
}

/** An applicant-only account has no business in the console. */
export function hasStaffRole(grants: readonly Pick<Grant, 'role'>[]): boolean {
  return grants.some((grant) => isStaffRole(grant.role));
}

export function mayOpen(required: RequiredRole, grants: readonly Pick<Grant, 'role'>[]): boolean {
  if (required === 'ANY_STAFF') return hasStaffRole(grants);
  const allowed: readonly Role[] = typeof required === 'string' ? [required] : required;
  return grants.some((grant) => allowed.includes(grant.role));
}
