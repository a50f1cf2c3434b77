import { useQuery } from '@apollo/client/react';
import { toProgrammeDate, type CalendarDate } from '@yingcai/domain/cycle';
import { Alert, Button, Empty, Skeleton } from 'antd';
import { useAdminTranslation } from '../../../i18n/use-admin-translation';
import { useCycleSelection } from '../../../shell/cycle-selection';
import { CycleSettingsView } from './cycle-settings-view';
import { CycleSettingsDocument } from './queries';

interface CycleSettingsPageProps {
  /** Today in Asia/Shanghai; tests pass it instead of reading the clock. */
  today?: CalendarDate;
}

/** 周期设置: the selected cycle's settings and schedule, read-only. */
export function CycleSettingsPage({ today = toProgrammeDate(new Date()) }: CycleSettingsPageProps) {
  const { t } = useAdminTranslation();
  const { year, loading, failed } = useCycleSelection();
  if (failed) return <Alert type="error" showIcon title={t('cycle.loadFailed')} />;
  if (year === undefined) return loading ? <Skeleton active /> : <Empty description={t('cycle.none')} />;
  return <CycleSettings year={year} today={today} />;
}

function CycleSettings({ year, today }: { year: number; today: CalendarDate }) {
  const { t } = useAdminTranslation();
  const { data, loading, error, refetch } = useQuery(CycleSettingsDocument, { variables: { year } });
  if (error) {
    return (
      <Alert
        type="error"
        showIcon
        title={t('cycle.loadFailed')}
        action={<Button onClick={() => void refetch()}>{t('cycle.retry')}</Button>}
      />
    );
  }
  if (loading || !data) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (!data.cycle) return <Empty description={t('cycle.notFound', { year })} />;
  return <CycleSettingsView cycle={data.cycle} today={today} />;
}
