import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AccountsResolver } from '../modules/accounts/accounts.resolver.js';
import { AuthResolver } from '../modules/accounts/auth.resolver.js';
import { ApplicationsResolver } from '../modules/applications/applications.resolver.js';
import { DraftReminderResolver } from '../modules/applications/draft-reminder.resolver.js';
import { StaffApplicationsResolver } from '../modules/applications/staff-applications.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { ConfirmationResolver } from '../modules/confirmation/confirmation.resolver.js';
import { CycleResolver } from '../modules/cycles/cycle.resolver.js';
import { ApplicantInterviewResolver } from '../modules/interviews/applicant-interview.resolver.js';
import { InterviewArrangementResolver } from '../modules/interviews/arrangement.resolver.js';
import { InterviewScoringResolver } from '../modules/interviews/scoring.resolver.js';
import { MentorDirectoryResolver } from '../modules/mentors/mentor-directory.resolver.js';
import { NoticeTemplatesResolver } from '../modules/notifications/notice-templates.resolver.js';
import { OutboxResolver } from '../modules/notifications/outbox.resolver.js';
import { MentorsResolver } from '../modules/mentors/mentors.resolver.js';
import { ParticipatingSchoolResolver } from '../modules/schools/participating-school.resolver.js';
import { ParticipationResolver } from '../modules/schools/participation.resolver.js';
import { SchoolResolver } from '../modules/schools/school.resolver.js';
import { FunnelResolver } from '../modules/selection/funnel.resolver.js';
import { AdmissionResolver } from '../modules/admission/admission.resolver.js';
import { SelectionResolver } from '../modules/selection/selection.resolver.js';
import { StudentsResolver } from '../modules/students/students.resolver.js';
import { authChecker } from './auth-checker.js';
import { validateRequest } from './request-schemas.js';

/** The whole API: every feature's resolver, listed once. */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      CycleResolver, AuthResolver, AccountsResolver, OutboxResolver, AuditResolver, ParticipationResolver, ParticipatingSchoolResolver,
      SchoolResolver, MentorsResolver, MentorDirectoryResolver, ApplicationsResolver, StaffApplicationsResolver,
      FunnelResolver, NoticeTemplatesResolver, DraftReminderResolver, SelectionResolver,
      InterviewArrangementResolver, InterviewScoringResolver, ApplicantInterviewResolver, AdmissionResolver, ConfirmationResolver,
      StudentsResolver,
    ],
    authChecker,
    // Issue 11: inputs with a request schema of domain are checked by it (graphql/request-schemas.ts).
    validateFn: validateRequest,
  });
}
