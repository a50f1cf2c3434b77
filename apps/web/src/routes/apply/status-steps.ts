import { APPLICATION_STATUSES, type ApplicationStatus } from '@yingcai/domain/applications';
import type { ApplicationStatus as ApiStatus } from '@yingcai/schema';

/** The steps an applicant sees, in order: 草稿 → 已提交 → 学校推荐 → 资料审核 → 测评 → 面试 → 录取. */
const STEPS = ['draft', 'submitted', 'school_recommended', 'conformant', 'assessed', 'invited', 'admitted'] as const satisfies readonly ApplicationStatus[];
export type ApplicantStep = (typeof STEPS)[number];

/** Where each status stands on the steps: a refusal or an outcome stands on the step it ends. */
const STEP_OF: Record<ApplicationStatus, ApplicantStep> = {
  draft: 'draft', submitted: 'submitted', school_recommended: 'school_recommended', school_declined: 'school_recommended',
  conformant: 'conformant', nonconformant: 'conformant', assessed: 'assessed', invited: 'invited', interviewed: 'invited',
  admitted: 'admitted', waitlisted: 'admitted', not_admitted: 'admitted', confirmed: 'admitted', declined: 'admitted',
};

/** The API's enum as the domain's status (SCHOOL_RECOMMENDED → school_recommended). */
export function statusOf(status: ApiStatus): ApplicationStatus {
  const lower = status.toLowerCase() as ApplicationStatus;
  return APPLICATION_STATUSES.includes(lower) ? lower : 'draft';
}

export function applicationSteps(status: ApplicationStatus) {
  const reached = STEPS.indexOf(STEP_OF[status]);
  return STEPS.map((step, index) => ({ step, done: index < reached, current: index === reached }));
}
