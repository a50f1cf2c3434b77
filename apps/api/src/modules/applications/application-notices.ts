import type { EntityManager } from '@mikro-orm/core';
import type { ApplicationStatus } from '@yingcai/domain/applications';
import type { NoticeTemplateKey } from '@yingcai/domain/notices';
import type { Context } from '../../graphql/context.js';
import { Account } from '../accounts/index.js';
import { sendNotice } from '../notifications/index.js';
import type { Application } from './application.entity.js';

/** The notice for the status an application has just reached, if the applicant is told of it (R-APP-4, R-SEL-1, R-SEL-3). */
const NOTICE_OF: Partial<Record<ApplicationStatus, NoticeTemplateKey>> = {
  submitted: 'application_submitted',
  school_recommended: 'school_recommended',
  school_declined: 'school_declined',
  conformant: 'review_conformant',
  nonconformant: 'review_nonconformant',
  invited: 'invitation',
  admitted: 'admission_admitted',
  waitlisted: 'admission_waitlisted',
  not_admitted: 'admission_not_admitted',
};

/** The applicant hears of each step of their application, by e-mail or else by SMS, in the office's words. */
export async function notifyApplicant(em: EntityManager, ctx: Context, application: Application): Promise<void> {
  const key = NOTICE_OF[application.status as ApplicationStatus];
  if (key) await sendApplicantNotice(em, ctx, application, key);
}

/** A templated notice to the applicant about their application: its own values, and `more` for the template's others. */
export async function sendApplicantNotice(em: EntityManager, ctx: Context, application: Application, key: NoticeTemplateKey, more: Record<string, string | number> = {}): Promise<void> {
  const account = await em.findOneOrFail(Account, { id: application.applicant.id });
  await sendNotice(em, ctx, key, account, {
    name: application.name ?? '',
    applicationNumber: application.applicationNumber ?? '',
    year: (await application.cycle.loadOrFail()).year,
    note: application.schoolNote ?? '',
    reason: application.reviewReason ?? '',
    score: application.assessmentScore ?? '',
    ...more,
  });
}
