import { describe, expect, it } from 'vitest';
import { can, mayEver, type Action, type Resource } from './policy.js';
import { ROLES, type Actor, type Role } from './roles.js';

const ME = 'account-me';
const OTHER = 'account-other';

/** An actor holding one role, bound to school s1, mentor m1, university u1 or province p1 where the role is bound. */
function actorWith(role: Role): Actor {
  const scope = { school_coordinator: 's1', mentor: 'm1', university_coordinator: 'u1', office_staff: 'p1' } as Partial<Record<Role, string>>;
  return { accountId: ME, grants: [{ role, scopeId: scope[role] ?? null }] };
}

const ownPerson: Resource = { kind: 'person', accountId: ME, schoolId: 's2', mentorIds: ['m2'], universityId: 'u2' };
const boundPerson: Resource = { kind: 'person', accountId: OTHER, schoolId: 's1', mentorIds: ['m1', 'm3'], universityId: 'u1' };
const unboundPerson: Resource = { kind: 'person', accountId: OTHER, schoolId: 's2', mentorIds: ['m2'], universityId: 'u2' };

const boundMentor: Resource = { kind: 'mentor', mentorId: 'm1', universityId: 'u1' };
const sameUniversityMentor: Resource = { kind: 'mentor', mentorId: 'm2', universityId: 'u1' };
const otherUniversityMentor: Resource = { kind: 'mentor', mentorId: 'm3', universityId: 'u2' };

// Written out by hand from RULES.md's roles, not derived from POLICY: Y allowed, - refused.
// Columns: applicant, school coordinator, mentor, university coordinator, office staff, analyst, admin.
const EXPECTED: [Action, Resource, string][] = [
  ['account.read_own', { kind: 'account', accountId: ME }, 'YYYYYYY'],
  ['account.read_own', { kind: 'account', accountId: OTHER }, '-------'],
  ['account.update_own', { kind: 'account', accountId: ME }, 'YYYYYYY'],
  ['account.update_own', { kind: 'account', accountId: OTHER }, '-------'],
  ['account.list', { kind: 'programme' }, '------Y'],
  ['account.invite', { kind: 'programme' }, '------Y'],
  ['account.disable', { kind: 'account', accountId: OTHER }, '------Y'],
  ['account.grant_roles', { kind: 'account', accountId: OTHER }, '------Y'],
  ['account.reveal_contact', { kind: 'account', accountId: OTHER }, '------Y'],
  ['outbox.read', { kind: 'programme' }, '----Y-Y'],
  // Issue 11: the office reaches its own province's cycles only.
  ['cycle.manage', { kind: 'cycle', province: 'p1' }, '----Y--'],
  ['cycle.manage', { kind: 'cycle', province: 'p2' }, '-------'],
  ['student.read', { kind: 'cycle', province: 'p2' }, '-------'],
  ['application.review', { kind: 'cycle', province: 'p2' }, '-------'],
  ['audit.read', { kind: 'programme' }, '------Y'],
  ['person.read', ownPerson, 'YYYYYYY'],
  ['person.read', boundPerson, '-YYYY--'],
  ['person.read', unboundPerson, '----Y--'],
  ['person.update', ownPerson, 'YYYYYYY'],
  ['person.update', boundPerson, '----Y--'],
  ['person.reveal_contact', boundPerson, '-Y--Y--'],
  ['person.reveal_contact', unboundPerson, '----Y--'],
  ['analytics.read', { kind: 'programme' }, '----YY-'],
  ['cycle.manage', { kind: 'programme' }, '----Y--'],
  ['school.manage', { kind: 'programme' }, '----Y--'],
  ['participation.read', { kind: 'school', schoolId: 's1' }, '-Y--Y--'],
  ['participation.read', { kind: 'school', schoolId: 's2' }, '----Y--'],
  ['participation.submit', { kind: 'school', schoolId: 's1' }, '-Y-----'],
  ['participation.submit', { kind: 'school', schoolId: 's2' }, '-------'],
  ['participation.decide', { kind: 'school', schoolId: 's1' }, '----Y--'],
  ['mentor.recommend', { kind: 'university', universityId: 'u1' }, '---Y---'],
  ['mentor.recommend', { kind: 'university', universityId: 'u2' }, '-------'],
  ['mentor.read', boundMentor, '--YYY--'],
  ['mentor.read', otherUniversityMentor, '----Y--'],
  ['mentor.read', sameUniversityMentor, '---YY--'],
  ['mentor.confirm', boundMentor, '--Y----'],
  ['mentor.confirm', sameUniversityMentor, '-------'],
  ['mentor.university_decide', boundMentor, '---Y---'],
  ['mentor.university_decide', otherUniversityMentor, '-------'],
  ['mentor.office_decide', boundMentor, '----Y--'],
  ['mentor.carry_over', { kind: 'programme' }, '----Y--'],
  ['mentor.update_photo', boundMentor, '--Y-Y--'],
  ['mentor.update_photo', sameUniversityMentor, '----Y--'],
  ['application.read_own', ownPerson, 'YYYYYYY'],
  ['application.read_own', boundPerson, '-------'],
  ['application.save_own', ownPerson, 'YYYYYYY'],
  ['application.save_own', boundPerson, '-------'],
  ['application.save_own', unboundPerson, '-------'],
  ['application.submit', ownPerson, 'YYYYYYY'],
  ['application.submit', boundPerson, '-------'],
  ['application.submit', unboundPerson, '-------'],
  ['application.read', { kind: 'school', schoolId: 's1' }, '-Y--Y--'],
  ['application.read', { kind: 'school', schoolId: 's2' }, '----Y--'],
  ['application.recommend', { kind: 'school', schoolId: 's1' }, '-Y-----'],
  ['application.recommend', { kind: 'school', schoolId: 's2' }, '-------'],
  ['application.review', { kind: 'school', schoolId: 's1' }, '----Y--'],
  ['application.review', { kind: 'programme' }, '----Y--'],
  ['selection.import_scores', { kind: 'programme' }, '----Y--'],
  ['selection.set_cut_off', { kind: 'programme' }, '----Y--'],
  ['selection.publish_invitations', { kind: 'programme' }, '----Y--'],
  ['selection.manage_confirmations', { kind: 'programme' }, '----Y--'],
  ['interview.arrange', { kind: 'programme' }, '----Y--'],
  ['interview.arrange', { kind: 'university', universityId: 'u1' }, '---YY--'],
  ['interview.arrange', { kind: 'university', universityId: 'u2' }, '----Y--'],
  ['interview.score', { kind: 'panel', memberAccountIds: [ME] }, '--Y-Y--'],
  ['interview.score', { kind: 'panel', memberAccountIds: [OTHER] }, '-------'],
  ['interview.score', { kind: 'programme' }, '----Y--'],
  ['admission.decide', { kind: 'programme' }, '----Y--'],
  ['admission.publish', { kind: 'programme' }, '----Y--'],
  ['admission.answer_objections', { kind: 'programme' }, '----Y--'],
  ['student.read', { kind: 'programme' }, '----Y--'],
  ['student.assign_mentor', { kind: 'programme' }, '----Y--'],
];

const cases = EXPECTED.flatMap(([action, resource, row]) =>
  ROLES.map((role, column) => [role, action, resource, row[column] === 'Y'] as const),
);

describe('R-ACCESS-1 can(actor, action, resource): the one policy', () => {
  it.each(cases)('%s → %s on %o: allowed %s', (role, action, resource, allowed) => {
    expect(can(actorWith(role), action, resource).allowed).toBe(allowed);
  });

  it('refuses everything to nobody', () => {
    expect(can(null, 'account.read_own', { kind: 'account', accountId: ME })).toEqual({ allowed: false, reason: 'not signed in' });
  });

  it('a person holding several roles may do what any of them may', () => {
    const mentorOnPanel: Actor = { accountId: ME, grants: [{ role: 'mentor', scopeId: 'm9' }, { role: 'office_staff', scopeId: 'p1' }] };
    expect(can(mentorOnPanel, 'person.read', unboundPerson)).toEqual({ allowed: true, as: 'office_staff' });
  });

  it('a bound role without a matching binding on the person is refused, with the reason', () => {
    const decision = can(actorWith('school_coordinator'), 'person.read', { kind: 'person', accountId: OTHER, schoolId: null });
    expect(decision.allowed).toBe(false);
    expect(!decision.allowed && decision.reason).toContain('person.read');
  });
});

describe('issue 10: mayEver(actor, action), asked before a row is looked up', () => {
  it.each([
    ['application.recommend', 'school_coordinator', true],
    ['application.recommend', 'office_staff', false],
    ['application.recommend', 'mentor', false],
    ['interview.score', 'mentor', true],
    ['interview.score', 'university_coordinator', false],
    ['mentor.read', 'university_coordinator', true],
    ['mentor.read', 'applicant', false],
    ['application.read_own', 'applicant', true],
  ] as [Action, Role, boolean][])('%s by a %s: %s', (action, role, expected) => {
    expect(mayEver(actorWith(role), action)).toBe(expected);
  });

  it('nobody signed in may ever', () => {
    expect(mayEver(null, 'mentor.read')).toBe(false);
  });
});
