import type { Actor, Role, RoleGrant } from './roles.js';

export type Action =
  | 'account.read_own'
  | 'account.update_own'
  | 'account.list'
  | 'account.invite'
  | 'account.disable'
  | 'account.grant_roles'
  | 'account.reveal_contact'
  | 'outbox.read'
  | 'audit.read'
  | 'person.read'
  | 'person.update'
  | 'person.reveal_contact'
  | 'analytics.read'
  | 'cycle.manage'
  | 'school.manage'
  | 'participation.read'
  | 'participation.submit'
  | 'participation.decide'
  | 'mentor.recommend'
  | 'mentor.read'
  | 'mentor.confirm'
  | 'mentor.university_decide'
  | 'mentor.office_decide'
  | 'mentor.carry_over'
  | 'mentor.update_photo'
  | 'application.read_own'
  | 'application.save_own'
  | 'application.submit'
  | 'application.read'
  | 'application.recommend'
  | 'application.review'
  | 'application.remind'
  | 'notice.edit_templates'
  | 'selection.import_scores'
  | 'selection.set_cut_off'
  | 'selection.publish_invitations'
  | 'selection.manage_confirmations'
  | 'interview.arrange'
  | 'interview.score'
  | 'admission.decide'
  | 'admission.publish'
  | 'admission.answer_objections'
  | 'student.read'
  | 'student.assign_mentor';

/** What an action is done to. A person is an applicant's or student's record with what binds it. */
export type Resource =
  | { kind: 'programme' }
  /** A province's cycle and everything of it: only that province's office reaches it. */
  | { kind: 'cycle'; province: string }
  | { kind: 'account'; accountId: string }
  | { kind: 'school'; schoolId: string }
  | { kind: 'university'; universityId: string }
  | { kind: 'mentor'; mentorId: string; universityId: string }
  | { kind: 'person'; accountId: string; schoolId?: string | null; mentorIds?: readonly string[]; universityId?: string | null }
  /** An interview panel (R-SEL-5): only its members reach it, whatever their role. */
  | { kind: 'panel'; memberAccountIds: readonly string[] };

export type Decision = { allowed: true; as: Role | 'self' } | { allowed: false; reason: string };

/** Who may: the account itself, or a role (bound to the resource's school, mentor or university where it is bound). */
type Permit = 'self' | Role;

/** The policy as data (RULES.md "Roles"): every action, who may do it. Anything not listed is refused. */
export const POLICY: Record<Action, readonly Permit[]> = {
  'account.read_own': ['self'],
  'account.update_own': ['self'],
  'account.list': ['admin'],
  'account.invite': ['admin'],
  'account.disable': ['admin'],
  'account.grant_roles': ['admin'],
  'account.reveal_contact': ['admin'],
  // Issue 11: the office answers "did my code arrive"; it reads notices with codes and links masked (maskSecrets).
  'outbox.read': ['office_staff', 'admin'],
  'audit.read': ['admin'],
  'person.read': ['self', 'office_staff', 'school_coordinator', 'mentor', 'university_coordinator'],
  'person.update': ['self', 'office_staff'],
  'person.reveal_contact': ['office_staff', 'school_coordinator'],
  'analytics.read': ['analyst', 'office_staff'],
  // Issue 11: the office starts a cycle by copying an earlier one and edits it (audited once it has opened).
  'cycle.manage': ['office_staff'],
  'school.manage': ['office_staff'],
  'participation.read': ['office_staff', 'school_coordinator'],
  'participation.submit': ['school_coordinator'],
  'participation.decide': ['office_staff'],
  'mentor.recommend': ['university_coordinator'],
  'mentor.read': ['office_staff', 'university_coordinator', 'mentor'],
  'mentor.confirm': ['mentor'],
  'mentor.university_decide': ['university_coordinator'],
  'mentor.office_decide': ['office_staff'],
  'mentor.carry_over': ['office_staff'],
  'mentor.update_photo': ['mentor', 'office_staff'],
  'application.read_own': ['self'],
  'application.save_own': ['self'],
  'application.submit': ['self'],
  // Staff read the applications of a school: the office all, a school coordinator their own school's.
  'application.read': ['office_staff', 'school_coordinator'],
  'application.recommend': ['school_coordinator'],
  'application.review': ['office_staff'],
  'application.remind': ['office_staff'],
  'notice.edit_templates': ['office_staff'],
  // R-SEL-2, R-SEL-3: the office imports the assessment's scores, sets the cut-offs and publishes who is invited.
  'selection.import_scores': ['office_staff'],
  'selection.set_cut_off': ['office_staff'],
  'selection.publish_invitations': ['office_staff'],
  // R-SEL-4, R-SEL-5: the waiting list's offers and the lapse of unconfirmed admissions
  'selection.manage_confirmations': ['office_staff'],
  // R-SEL-5: the university runs the interviews with the office: either arranges slots, panels and interviewees.
  'interview.arrange': ['office_staff', 'university_coordinator'],
  // R-SEL-5: a mentor or office staff member scores the interviewees of a panel they sit on, and no other.
  'interview.score': ['mentor', 'office_staff'],
  // R-SEL-4..6: the office ranks, decides, publishes the admitted list, files it and answers objections to the public notice.
  'admission.decide': ['office_staff'],
  'admission.publish': ['office_staff'],
  'admission.answer_objections': ['office_staff'],
  // Issue 11: a confirmed admission is a student of the cohort; the office gives each a mentor (R-APP-3).
  'student.read': ['office_staff'],
  'student.assign_mentor': ['office_staff'],
};

/** The one authorization rule: may this actor do this action to this resource? Pure; the API enforces it everywhere. */
export function can(actor: Actor | null, action: Action, resource: Resource): Decision {
  if (!actor) return { allowed: false, reason: 'not signed in' };
  for (const permit of POLICY[action]) {
    if (permit === 'self') {
      if (ownerOf(resource) === actor.accountId) return { allowed: true, as: 'self' };
      continue;
    }
    if (actor.grants.some((grant) => grant.role === permit && reaches(grant, resource, actor.accountId))) return { allowed: true, as: permit };
  }
  return { allowed: false, reason: `${action} is not allowed for this account on this ${resource.kind}` };
}

/**
 * Whether any grant of the actor could allow the action on some resource: checked before a row is
 * looked up, so that an account that may never act answers the same for rows that exist and rows that do not.
 */
export function mayEver(actor: Actor | null, action: Action): boolean {
  if (!actor) return false;
  return POLICY[action].some((permit) => permit === 'self' || actor.grants.some((grant) => grant.role === permit));
}

function ownerOf(resource: Resource): string | null {
  return resource.kind === 'account' || resource.kind === 'person' ? resource.accountId : null;
}

/** A bound role reaches only its own school, mentor record, university or province, and their people; a panel only its members. */
function reaches(grant: RoleGrant, resource: Resource, accountId: string): boolean {
  if (resource.kind === 'panel') return resource.memberAccountIds.includes(accountId);
  switch (grant.role) {
    case 'school_coordinator':
      if (resource.kind === 'school') return resource.schoolId === grant.scopeId;
      return resource.kind === 'person' && resource.schoolId != null && resource.schoolId === grant.scopeId;
    case 'mentor':
      if (resource.kind === 'mentor') return resource.mentorId === grant.scopeId;
      return resource.kind === 'person' && grant.scopeId != null && (resource.mentorIds ?? []).includes(grant.scopeId);
    case 'university_coordinator':
      if (resource.kind === 'university' || resource.kind === 'mentor') return resource.universityId === grant.scopeId;
      return resource.kind === 'person' && resource.universityId != null && resource.universityId === grant.scopeId;
    case 'office_staff':
      return resource.kind !== 'cycle' || resource.province === grant.scopeId;
    default:
      return true;
  }
}
