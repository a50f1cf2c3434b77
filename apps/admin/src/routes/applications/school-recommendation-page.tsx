import { Alert, Empty, Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import { useCycleSelection } from '../../shell/cycle-selection';
import { useSession } from '../../shell/session';

const SchoolApplicationsTable = lazy(() => import('./school-applications-table').then((m) => ({ default: m.SchoolApplicationsTable })));

const loading = <Skeleton active paragraph={{ rows: 8 }} />;

/**
 * 学校推荐 (R-APP-4) for the cycle chosen in the header: a school coordinator decides on their school's
 * submitted applications; the office reads every school's, with a school filter.
 */
export function SchoolRecommendationPage() {
  const { t } = useAdminTranslation();
  const account = useSession();
  const { year, loading: cyclesLoading, failed } = useCycleSelection();
  if (failed) return <Alert type="error" showIcon title={t('cycle.loadFailed')} />;
  if (year === undefined) return cyclesLoading ? loading : <Empty description={t('cycle.none')} />;
  const office = account.roles.some((grant) => grant.role === 'OFFICE_STAFF');
  const coordinator = account.roles.some((grant) => grant.role === 'SCHOOL_COORDINATOR' && grant.scopeId);
  if (!office && !coordinator) return <Alert type="warning" showIcon title={t('schoolRecommendation.noSchool')} />;
  return (
    <Suspense fallback={loading}>
      <SchoolApplicationsTable key={year} year={year} office={office} coordinator={coordinator} />
    </Suspense>
  );
}
