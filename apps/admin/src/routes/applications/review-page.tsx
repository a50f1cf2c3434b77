import { Alert, Empty, Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import { useCycleSelection } from '../../shell/cycle-selection';

const ReviewTable = lazy(() => import('./review-table').then((m) => ({ default: m.ReviewTable })));

const loading = <Skeleton active paragraph={{ rows: 8 }} />;

/** 资料审核 (R-SEL-1) for the cycle chosen in the header: the office's conformity review. */
export function ReviewPage() {
  const { t } = useAdminTranslation();
  const { year, loading: cyclesLoading, failed } = useCycleSelection();
  if (failed) return <Alert type="error" showIcon title={t('cycle.loadFailed')} />;
  if (year === undefined) return cyclesLoading ? loading : <Empty description={t('cycle.none')} />;
  return (
    <Suspense fallback={loading}>
      <ReviewTable key={year} year={year} />
    </Suspense>
  );
}
