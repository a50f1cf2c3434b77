import { Alert, Empty, Skeleton, Tabs } from 'antd';
import { lazy, Suspense } from 'react';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import { useCycleSelection } from '../../shell/cycle-selection';
import { useSession } from '../../shell/session';

// The office's table, a university's recommendations and a mentor's own data are screens for different people: each loads its own code.
const CandidateTable = lazy(() => import('./candidate-table').then((m) => ({ default: m.CandidateTable })));
const UniversityView = lazy(() => import('./university-view').then((m) => ({ default: m.UniversityView })));
const MentorView = lazy(() => import('./mentor-view').then((m) => ({ default: m.MentorView })));

const loading = <Skeleton active paragraph={{ rows: 8 }} />;

/**
 * 导师遴选 (R-MENTOR-1..4) for the cycle chosen in the header: the office decides every candidate, a
 * university coordinator recommends theirs, a mentor completes and confirms their own data. Someone with
 * more than one of these roles sees a tab for each.
 */
export function MentorsPage() {
  const { t } = useAdminTranslation();
  const account = useSession();
  const { year, loading: cyclesLoading, failed } = useCycleSelection();
  if (failed) return <Alert type="error" showIcon title={t('cycle.loadFailed')} />;
  if (year === undefined) return cyclesLoading ? loading : <Empty description={t('cycle.none')} />;

  const has = (role: string) => account.roles.some((grant) => grant.role === role);
  // A new cycle starts on its first page, with nothing selected.
  const tabs = [
    has('OFFICE_STAFF') && { key: 'office', label: t('mentors.officeTab'), children: <CandidateTable key={year} year={year} decider="office" /> },
    has('UNIVERSITY_COORDINATOR') && { key: 'university', label: t('mentors.universityTab'), children: <UniversityView key={year} year={year} /> },
    has('MENTOR') && { key: 'mentor', label: t('mentors.mentorTab'), children: <MentorView year={year} /> },
  ].filter((tab) => tab !== false);
  const content = tabs.length === 1 ? tabs[0]!.children : <Tabs items={tabs} />;
  return <Suspense fallback={loading}>{content}</Suspense>;
}
