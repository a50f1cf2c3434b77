import { LockMode, type EntityManager } from '@mikro-orm/core';
import { rankApplicants } from '@yingcai/domain/selection';
import { assignmentViolation, proposeMentors } from '@yingcai/domain/students';
import { requireMay } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { AppError, notFound, ruleViolation } from '../../graphql/errors.js';
import { checkVersion, saveLocked } from '../../orm/locked-unit-of-work.js';
import { audit, auditRead } from '../audit/index.js';
import { Cycle, cycleById } from '../cycles/index.js';
import { Mentor } from '../mentors/index.js';
import { mentorRows, studentRows, type StudentRow } from './cohort-rows.js';
import type { CohortType } from './cohort.type.js';
import { Student } from './student.entity.js';

/**
 * Capacity is counted, then used: assignments of one cycle take turns on its row (FOR UPDATE on
 * PostgreSQL; SQLite has one writer), so two offices assigning at once cannot overfill a mentor.
 */
async function lockCycle(em: EntityManager, cycleId: number): Promise<Cycle> {
  return em.findOneOrFail(Cycle, { id: cycleId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
}

const assignmentConflict = () => new AppError('CONFLICT', 'the student was changed elsewhere: reload the cohort and assign again');

/** A cycle's students with their mentors and the mentors' places (office). */
export async function readCohort(ctx: Context, cycleId: string): Promise<CohortType> {
  requireMay(ctx, 'student.read', { kind: 'programme' });
  const cycle = await cycleById(ctx.em, cycleId);
  return cohortOf(ctx, cycle.id, true);
}

/** The cohort as the office sees it; a read of it (not the answer to an assignment) is audited, issue 23. */
async function cohortOf(ctx: Context, cycleId: number, audited = false): Promise<CohortType> {
  const [students, mentors] = [await studentRows(ctx.em, cycleId), await mentorRows(ctx.em, cycleId)];
  if (audited) await auditRead(ctx.em, ctx, { action: 'student.list', subjectType: 'student', as: 'office_staff', accountIds: students.map((s) => s.accountId) });
  const names = new Map(mentors.map((m) => [m.mentorId, m.name]));
  return {
    students: students.map((s) => ({
      id: String(s.id), version: s.version, applicationNumber: s.applicationNumber, name: s.name, schoolName: s.schoolName, disciplineCode: s.disciplineCode,
      consentWithdrawn: s.consentWithdrawn,
      mentorId: s.mentorId, mentorName: s.mentorName,
      choices: [...s.choices].sort((a, b) => a.rank - b.rank).map((c) => ({ mentorId: c.mentorId, rank: c.rank, mentorName: names.get(c.mentorId) ?? null })),
    })),
    mentors,
    unassigned: students.filter((s) => s.mentorId === null).length,
  };
}

/** Students without a mentor, best of the admission ranking first (R-SEL-5 weights), discipline by discipline. */
function byRanking(cycle: Cycle, students: StudentRow[]): StudentRow[] {
  const weights = { assessment: cycle.assessmentWeight, interview: cycle.interviewWeight };
  const disciplines = [...new Set(students.map((s) => s.disciplineCode))];
  return disciplines.flatMap((code) => {
    const own = students.filter((s) => s.disciplineCode === code);
    const { ranked, unranked } = rankApplicants(own, weights);
    const byNumber = new Map(own.map((s) => [s.applicationNumber, s]));
    return [...ranked, ...unranked].map((r) => byNumber.get(r.applicationNumber)!);
  });
}

/**
 * R-APP-3: every student still without a mentor gets the highest-ranked choice that has room, best
 * of the admission ranking first; the others stay for the office to assign by hand. Audited per student.
 */
export async function proposeMentorAssignments(ctx: Context, cycleId: string): Promise<CohortType> {
  const actor = requireMay(ctx, 'student.assign_mentor', { kind: 'programme' });
  const cycle = await saveLocked(ctx, async (em) => {
    const found = await lockCycle(em, (await cycleById(em, cycleId)).id);
    const waiting = byRanking(found, (await studentRows(em, found.id)).filter((s) => s.mentorId === null));
    const mentors = await mentorRows(em, found.id);
    const proposals = proposeMentors(waiting.map((s) => ({ studentId: String(s.id), choices: s.choices })), mentors);
    for (const { studentId, mentorId, choiceRank } of proposals) {
      if (!mentorId) continue;
      const student = await em.findOneOrFail(Student, { id: Number(studentId) });
      em.assign(student, { mentor: em.getReference(Mentor, mentorId), mentorAssignedAt: ctx.now, mentorAssignedBy: actor.accountId });
      audit(em, ctx, { action: 'student.assign_mentor', subjectType: 'student', subjectId: studentId, subjectAccountId: student.accountId, as: 'office_staff', reason: `按第 ${choiceRank} 志愿` });
    }
    return found;
  }, assignmentConflict);
  return cohortOf(ctx, cycle.id);
}

/** R-APP-3: the office gives one student a mentor of the student's discipline, approved for the cycle, with a place left. */
export async function assignMentor(ctx: Context, studentId: string, version: number, mentorId: string): Promise<CohortType> {
  const actor = requireMay(ctx, 'student.assign_mentor', { kind: 'programme' });
  const cycleId = await saveLocked(ctx, async (em) => {
    const student = Number.isSafeInteger(Number(studentId)) ? await em.findOne(Student, { id: Number(studentId) }) : null;
    if (!student) throw notFound(`no student ${studentId}`);
    checkVersion(student, version, assignmentConflict);
    if (student.mentor?.id === mentorId) return student.cycle.id;
    await lockCycle(em, student.cycle.id);
    const mentor = (await mentorRows(em, student.cycle.id)).find((m) => m.mentorId === mentorId) ?? null;
    const violation = assignmentViolation(mentor, student.disciplineCode);
    if (violation) throw ruleViolation([violation]);
    em.assign(student, { mentor: em.getReference(Mentor, mentorId), mentorAssignedAt: ctx.now, mentorAssignedBy: actor.accountId });
    audit(em, ctx, { action: 'student.assign_mentor', subjectType: 'student', subjectId: studentId, subjectAccountId: student.accountId, as: 'office_staff', reason: '手动指定' });
    return student.cycle.id;
  }, assignmentConflict);
  return cohortOf(ctx, cycleId);
}
