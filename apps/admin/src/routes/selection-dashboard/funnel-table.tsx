import { Table, Typography, type TableColumnsType } from 'antd';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import { percent, type FunnelRow } from './funnel-rows';

/** The funnel as the office reads it in Excel: a row per discipline and overall, a column per stage with its ratio. */
export function FunnelTable({ rows, stages }: { rows: FunnelRow[]; stages: readonly string[] }) {
  const { t } = useAdminTranslation();
  const columns: TableColumnsType<FunnelRow> = [
    { key: 'discipline', title: t('funnel.discipline'), dataIndex: 'label', fixed: 'start' },
    ...stages.map((stage, index) => ({
      key: stage,
      title: t(`funnel.stage.${stage}` as 'funnel.stage.applied'),
      render: (_: unknown, row: FunnelRow) => {
        const step = row.steps[index]!;
        return (
          <>
            {step.count}
            {index > 0 && <Typography.Text type="secondary"> （{percent(step.ratioToPrevious)}）</Typography.Text>}
          </>
        );
      },
    })),
  ];
  return <Table<FunnelRow> rowKey="key" size="middle" columns={columns} dataSource={rows} pagination={false} scroll={{ x: true }} />;
}
