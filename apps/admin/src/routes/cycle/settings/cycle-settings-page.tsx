import { useQuery } from '@apollo/client/react';
import { toProgrammeDate, type CalendarDate } from '@yingcai/domain/cycle';
import { Alert, Button, Empty, Flex, Skeleton } from 'antd';
import { useState } from 'react';
import { useAdminTranslation } from '../../../i18n/use-admin-translation';
import { useCycleSelection } from '../../../shell/cycle-selection';
import { CycleSettingsView } from './cycle-settings-view';
import { CycleSettingsDocument } from './queries';

interface CycleSettingsPageProps {
  /** Today in Asia/Shanghai; tests pass it instead of reading the clock. */
  today?: CalendarDate;
}

/** 周期设置: the selected cycle's settings and schedule; the office edits it and copies it as a new cycle. */
export function CycleSettingsPage({ today = toProgrammeDate(new Date()) }: CycleSettingsPageProps) {
  const { t } = useAdminTranslation();
  const { year, loading, failed } = useCycleSelection();
  // Outside the cycle's own view: a copy switches to the new cycle, and its notice stays.
  const [notice, setNotice] = useState<string | null>(null);
  if (failed) return <Alert type="error" showIcon title={t('cycle.loadFailed')} />;
  if (year === undefined) return loading ? <Skeleton active /> : <Empty description={t('cycle.none')} />;
  return (
    <Flex vertical gap={16}>
      {notice && <Alert type="success" showIcon title={notice} closable onClose={() => setNotice(null)} />}
      <CycleSettings year={year} today={today} onDone={setNotice} />
    </Flex>
  );
}

function CycleSettings({ year, today, onDone }: { year: number; today: CalendarDate; onDone: (notice: string) => void }) {
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
  // A refetch after an edit keeps the page as it was until the answer comes.
  if (!data) return loading ? <Skeleton active paragraph={{ rows: 12 }} /> : null;
  if (!data.cycle) return <Empty description={t('cycle.notFound', { year })} />;
  return <CycleSettingsView cycle={data.cycle} today={today} onDone={onDone} />;
}
