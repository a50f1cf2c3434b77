/** The roles of RULES.md's actors in this system; an account may hold several. */
export const ROLES = [
  'applicant',
  'school_coordinator',
  'mentor',
  'university_coordinator',
  'office_staff',
  'analyst',
  'admin',
] as const;

export type Role = (typeof ROLES)[number];

/** What a role is bound to: a school, a mentor record, a university or a province (its cycles); nothing for the rest. */
export type ScopeKind = 'school' | 'mentor' | 'university' | 'province';

export const ROLE_SCOPE: Record<Role, ScopeKind | null> = {
  applicant: null,
  school_coordinator: 'school',
  mentor: 'mentor',
  university_coordinator: 'university',
  // Issue 11: a province's office runs that province's cycles and no other's.
  office_staff: 'province',
  analyst: null,
  admin: null,
};

/** Roles given to staff by invitation; applicants register themselves. */
export const STAFF_ROLES: readonly Role[] = ROLES.filter((role) => role !== 'applicant');

export interface RoleGrant {
  role: Role;
  /** The id of the school, mentor record or university the role is bound to, or the province's name (山西省). */
  scopeId: string | null;
}

/** Who is asking: an account and the roles it holds. */
export interface Actor {
  accountId: string;
  grants: readonly RoleGrant[];
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** A grant is well formed when it is bound exactly when its role needs binding. */
export function isWellFormedGrant(grant: RoleGrant): boolean {
  return (ROLE_SCOPE[grant.role] === null) === (grant.scopeId === null);
}
