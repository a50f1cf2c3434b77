import { Alert, Empty, Skeleton } from 'antd';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import { useCycleSelection } from '../../shell/cycle-selection';
import { PoolTable } from './pool-table';

/** 导师库 (R-MENTOR-3) seen from the cycle chosen in the header. */
export function MentorPoolPage() {
  const { t } = useAdminTranslation();
  const { year, loading, failed } = useCycleSelection();
  if (failed) return <Alert type="error" showIcon title={t('cycle.loadFailed')} />;
  if (year === undefined) return loading ? <Skeleton active paragraph={{ rows: 8 }} /> : <Empty description={t('cycle.none')} />;
  // Another cycle is another view of the pool: first page, nothing selected.
  return <PoolTable key={year} year={year} />;
}
