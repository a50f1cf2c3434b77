import { useQuery } from '@apollo/client/react';
import { AdminSelectionFunnelDocument } from '@yingcai/schema';
import { Alert, Card, Empty, Skeleton } from 'antd';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import { useCycleSelection } from '../../shell/cycle-selection';
import { LoadError } from '../../shell/load-error';
import { DraftReminder } from './draft-reminder';
import { FunnelChart } from './funnel-chart';
import { funnelRows } from './funnel-rows';
import { FunnelTable } from './funnel-table';

/** 遴选看板: the funnel per discipline, applied → admitted, as a chart and a table. */
export function SelectionDashboardPage() {
  const { t } = useAdminTranslation();
  const { year, loading: cyclesLoading, failed } = useCycleSelection();
  const { data, error, loading, refetch } = useQuery(AdminSelectionFunnelDocument, { variables: { year: year ?? 0 }, skip: year === undefined });
  if (failed) return <Alert type="error" showIcon title={t('cycle.loadFailed')} />;
  if (year === undefined) return cyclesLoading ? <Skeleton active /> : <Empty description={t('cycle.none')} />;
  if (error && !data) return <LoadError title={t('funnel.loadFailed')} error={error} onRetry={() => void refetch()} />;
  if (loading || !data) return <Skeleton active paragraph={{ rows: 8 }} />;

  const funnel = data.selectionFunnel;
  const rows = funnelRows(funnel, t('funnel.overall'));
  const stages = funnel.overall.map((step) => step.stage);
  const stageNames = stages.map((stage) => t(`funnel.stage.${stage}` as 'funnel.stage.applied'));
  return (
    <>
      <DraftReminder year={year} drafts={funnel.unfinishedDrafts} />
      <Card title={t('funnel.chartTitle')} style={{ marginBottom: 16 }}>
        <FunnelChart rows={rows.filter((row) => row.key !== 'overall')} stageNames={stageNames} />
      </Card>
      <Card title={t('funnel.tableTitle')} extra={t('funnel.ratioHint')}>
        <FunnelTable rows={rows} stages={stages} />
      </Card>
    </>
  );
}
