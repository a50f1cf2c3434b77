import { JobLease } from '../jobs/job-lease.entity.js';
import { Account } from '../modules/accounts/account.entity.js';
import { GuardianConsent } from '../modules/accounts/guardian-consent.entity.js';
import { Invitation } from '../modules/accounts/invitation.entity.js';
import { OneTimeCode } from '../modules/accounts/one-time-code.entity.js';
import { RateLimitBucket } from '../modules/accounts/rate-limit-bucket.entity.js';
import { RoleGrant } from '../modules/accounts/role-grant.entity.js';
import { Session } from '../modules/accounts/session.entity.js';
import { ApplicationMaterial } from '../modules/applications/application-material.entity.js';
import { AdmissionPublication } from '../modules/admission/admission-publication.entity.js';
import { NoticeObjection } from '../modules/admission/notice-objection.entity.js';
import { Application } from '../modules/applications/application.entity.js';
import { AuditEntry } from '../modules/audit/audit-entry.entity.js';
import { AuditReadSubject } from '../modules/audit/audit-read-subject.entity.js';
import { PlaceOffer } from '../modules/confirmation/place-offer.entity.js';
import { Cycle } from '../modules/cycles/cycle.entity.js';
import { Discipline } from '../modules/cycles/discipline.entity.js';
import { District } from '../modules/cycles/district.entity.js';
import { Milestone } from '../modules/cycles/milestone.entity.js';
import { University } from '../modules/cycles/university.entity.js';
import { WindowExtension } from '../modules/cycles/window-extension.entity.js';
import { InterviewAssignment } from '../modules/interviews/interview-assignment.entity.js';
import { InterviewCriterion } from '../modules/interviews/interview-criterion.entity.js';
import { InterviewSlot } from '../modules/interviews/interview-slot.entity.js';
import { PanelMember } from '../modules/interviews/panel-member.entity.js';
import { ScoreSheet } from '../modules/interviews/score-sheet.entity.js';
import { MentorAppointment } from '../modules/mentors/mentor-appointment.entity.js';
import { Mentor } from '../modules/mentors/mentor.entity.js';
import { NoticeTemplate } from '../modules/notifications/notice-template.entity.js';
import { OutboxMessage } from '../modules/notifications/outbox-message.entity.js';
import { Participation } from '../modules/schools/participation.entity.js';
import { School } from '../modules/schools/school.entity.js';
import { DisciplineCutOff } from '../modules/selection/discipline-cut-off.entity.js';
import { Student } from '../modules/students/student.entity.js';

/** Every entity, listed once: discovery by folder scanning breaks between src/ (tests) and dist/. */
export const entities = [
  AuditReadSubject,
  Cycle, Discipline, District, Milestone, University, WindowExtension,
  Account, RoleGrant, Session, OneTimeCode, Invitation, RateLimitBucket, GuardianConsent,
  OutboxMessage, AuditEntry, School, Participation, Mentor, MentorAppointment,
  Application, ApplicationMaterial, NoticeTemplate, DisciplineCutOff,
  InterviewCriterion, InterviewSlot, PanelMember, InterviewAssignment, ScoreSheet,
  AdmissionPublication, NoticeObjection, PlaceOffer, JobLease, Student,
];
