import type { EntityManager } from '@mikro-orm/core';
import type { ApplicationStatus } from '@yingcai/domain/applications';
import type { CalendarDate } from '@yingcai/domain/cycle';
import { proposeMentors } from '@yingcai/domain/students';
import { AdmissionPublication } from '../../modules/admission/admission-publication.entity.js';
import type { Application } from '../../modules/applications/application.entity.js';
import type { Cycle } from '../../modules/cycles/cycle.entity.js';
import { InterviewAssignment } from '../../modules/interviews/interview-assignment.entity.js';
import { InterviewSlot } from '../../modules/interviews/interview-slot.entity.js';
import { MentorAppointment } from '../../modules/mentors/mentor-appointment.entity.js';
import { Mentor } from '../../modules/mentors/mentor.entity.js';
import { Participation } from '../../modules/schools/participation.entity.js';
import { DisciplineCutOff } from '../../modules/selection/discipline-cut-off.entity.js';
import { enrolStudent } from '../../modules/students/enrolment.js';
import { addDemoApplication, demoChoices } from './demo-applications.js';

/** Per discipline: 30 scored; 27 invited and interviewed (R-SEL-4: 3 per admitted), 9 admitted, 3 on the waiting list. */
const SCORED = 30;
const INVITED = 27;
const ADMITTED = 9;
const WAITLISTED = 3;

const at = (date: CalendarDate, hour = 10) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`);
const assessmentOf = (i: number, d: number) => Math.round((95 - i * 1.5 - d * 0.3) * 10) / 10;
const interviewOf = (i: number) => Math.round((92 - i * 1.2) * 10) / 10;

/** Where the i-th best of a discipline ended; the 9th admitted declined once replies are in. */
function outcomeOf(i: number, repliesIn: boolean): ApplicationStatus {
  if (i < ADMITTED) return repliesIn ? (i === ADMITTED - 1 ? 'declined' : 'confirmed') : 'admitted';
  if (i < ADMITTED + WAITLISTED) return 'waitlisted';
  return i < INVITED ? 'not_admitted' : 'assessed';
}

const decisionOf = (i: number) => (i < ADMITTED ? 'admitted' : i < ADMITTED + WAITLISTED ? 'waitlisted' : 'not_admitted');

/**
 * For `npm start` only: a cycle past its assessment. Scored: 30 applicants a discipline with their
 * scores in and the cut-offs the office's to set. Decided: the cut-offs published, interviews held,
 * 45 admitted and published, replies in once the window has closed — 40 students of the cohort,
 * most with a mentor from their choices, one a discipline left for the office to assign.
 */
export async function seedDemoResults(em: EntityManager, cycle: Cycle, today: CalendarDate, emailPrefix: string): Promise<void> {
  const window = (key: string) => cycle.milestones.getItems().find((m) => m.key === key)!;
  const decided = today >= window('admission_confirmation').startsOn;
  const repliesIn = today > window('admission_confirmation').endsOn;
  const schools = (await em.find(Participation, { cycle, status: 'approved', school: { isDemo: true } }, { populate: ['school'], orderBy: { id: 'asc' } })).map((p) => p.school.getEntity());
  if (schools.length === 0) return;
  const choices = await demoChoices(em, cycle);
  const assessedAt = at(window('potential_assessment').endsOn);
  const confirmed: Application[] = [];
  for (const [d, { code }] of cycle.disciplines.getItems().entries()) {
    const slot = decided ? addSlot(em, cycle, code, at(window('interview').startsOn, 9 + d)) : null;
    for (let i = 0; i < SCORED; i += 1) {
      const n = d * SCORED + i;
      const status = decided ? outcomeOf(i, repliesIn) : 'assessed';
      const application = addDemoApplication(em, cycle, { n, school: schools[n % schools.length]!, status, disciplineCode: code, mentorChoices: choices(code, n), submittedAt: at(window('registration').startsOn), emailPrefix });
      em.assign(application, { assessmentScore: assessmentOf(i, d), assessedAt, reviewedAt: assessedAt, schoolDecidedAt: assessedAt });
      if (slot && i < INVITED) addResult(em, slot, application, i, window('admission_confirmation').startsOn, repliesIn);
      if (status === 'confirmed') confirmed.push(application);
    }
    if (decided) em.create(DisciplineCutOff, { cycle, disciplineCode: code, plannedAdmissions: ADMITTED, cutOff: assessmentOf(INVITED - 1, d), updatedAt: at(window('cutoff').startsOn), publishedAt: at(window('cutoff').startsOn), invitedCount: INVITED });
  }
  if (!decided) return;
  const published = at(window('admission_confirmation').startsOn, 9);
  published.setUTCDate(published.getUTCDate() - cycle.publicNoticeDays - 1);
  const noticeEndsAt = new Date(published.getTime() + cycle.publicNoticeDays * 86_400_000);
  em.create(AdmissionPublication, { cycle, publishedAt: published, publishedBy: 'demo', noticeEndsAt });
  await enrolWithMentors(em, cycle, confirmed, at(window('admission_confirmation').endsOn));
}

function addSlot(em: EntityManager, cycle: Cycle, disciplineCode: string, startsAt: Date): InterviewSlot {
  const endsAt = new Date(startsAt.getTime() + 3 * 3_600_000);
  return em.create(InterviewSlot, { cycle, disciplineCode, startsAt, endsAt, place: '山西大学（演示）', capacity: INVITED, createdAt: startsAt, updatedAt: startsAt });
}

function addResult(em: EntityManager, slot: InterviewSlot, application: Application, i: number, repliesOpen: CalendarDate, repliesIn: boolean): void {
  em.create(InterviewAssignment, { slot, application, assignedAt: slot.createdAt, score: interviewOf(i), recordedAt: slot.endsAt, recordedBy: 'demo' });
  em.assign(application, { admissionDecision: decisionOf(i), admissionDecidedAt: slot.endsAt, admissionDecidedBy: 'demo', waitlistPosition: i >= ADMITTED && i < ADMITTED + WAITLISTED ? i - ADMITTED + 1 : null });
  if (repliesIn && i < ADMITTED) em.assign(application, { admissionRepliedAt: at(repliesOpen), declineReason: i === ADMITTED - 1 ? '本人放弃' : null });
}

/** The confirmed become students; each discipline's last one stays without a mentor, for the office to assign. */
async function enrolWithMentors(em: EntityManager, cycle: Cycle, confirmed: Application[], at: Date): Promise<void> {
  const appointments = await em.find(MentorAppointment, { cycle, status: 'approved' });
  const places = appointments.map((a) => ({ mentorId: a.mentor.id, capacity: a.capacity, taken: 0 }));
  const students = confirmed.map((application) => enrolStudent(em, application, at));
  const lastOfDiscipline = new Set(cycle.disciplines.getItems().map(({ code }) => confirmed.findLastIndex((a) => a.disciplineCode === code)));
  const waiting = students.filter((_, i) => !lastOfDiscipline.has(i));
  const proposal = proposeMentors(waiting.map((s, i) => ({ studentId: String(i), choices: s.application.getEntity().mentorChoices })), places);
  proposal.forEach(({ mentorId }, i) => {
    if (mentorId) em.assign(waiting[i]!, { mentor: em.getReference(Mentor, mentorId), mentorAssignedAt: at, mentorAssignedBy: 'demo' });
  });
}
