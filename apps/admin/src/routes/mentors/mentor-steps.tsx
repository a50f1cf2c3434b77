import { Steps } from 'antd';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import type { AppointmentRow } from './mentor-query';

// R-MENTOR-2: 推荐 → 导师确认 → 高校审核 → 省办审核; the step a status waits for is the current one.
const CURRENT = { RECOMMENDED: 1, CONFIRMED: 2, UNIVERSITY_APPROVED: 3, APPROVED: 3 } as const;

/** Where a rejected candidate stopped: the first step without a date. */
function rejectedAt(row: AppointmentRow): number {
  if (!row.confirmedAt) return 1;
  if (!row.universityApprovedAt) return 2;
  return 3;
}

/** The candidate's way through the approval chain, with the rejection reason on the step it stopped at. */
export function MentorSteps({ row }: { row: AppointmentRow }) {
  const { t } = useAdminTranslation();
  const rejected = row.status === 'REJECTED';
  const current = row.status === 'REJECTED' ? rejectedAt(row) : CURRENT[row.status];
  const reason = rejected ? t('mentors.rejectionReason', { reason: row.rejectionReason ?? '—' }) : undefined;
  const titles = [t('mentors.stepRecommended'), t('mentors.stepConfirmed'), t('mentors.stepUniversity'), t('mentors.stepOffice')];
  return (
    <Steps
      current={current}
      status={rejected ? 'error' : row.status === 'APPROVED' ? 'finish' : 'process'}
      items={titles.map((title, index) => ({ title, content: index === current ? reason : undefined }))}
    />
  );
}
