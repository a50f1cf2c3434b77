import { milestoneStatus, type CalendarDate, type MilestoneStatus } from '@yingcai/domain/cycle';
import { Table, Tag, type TableColumnsType } from 'antd';
import { useAdminTranslation } from '../../../i18n/use-admin-translation';
import type { SettingsMilestone } from './queries';

const statusColors: Record<MilestoneStatus, string> = {
  ended: 'default',
  current: 'processing',
  open: 'cyan',
  upcoming: 'default',
};

interface ScheduleTableProps {
  milestones: readonly SettingsMilestone[];
  currentPhase: string;
  today: CalendarDate;
}

export function ScheduleTable({ milestones, currentPhase, today }: ScheduleTableProps) {
  const { t } = useAdminTranslation();
  const columns: TableColumnsType<SettingsMilestone> = [
    { key: 'name', dataIndex: 'name', title: t('milestone.name') },
    { key: 'key', dataIndex: 'key', title: t('milestone.key'), render: (key: string) => <code>{key}</code> },
    { key: 'startsOn', dataIndex: 'startsOn', title: t('milestone.startsOn') },
    { key: 'endsOn', dataIndex: 'endsOn', title: t('milestone.endsOn') },
    {
      key: 'status',
      title: t('milestone.status'),
      render: (_, milestone) => {
        const status = milestoneStatus(milestone, currentPhase, today);
        return (
          <Tag color={statusColors[status]} data-status={status}>
            {t(`milestoneStatus.${status}`)}
          </Tag>
        );
      },
    },
  ];
  return (
    <Table<SettingsMilestone>
      rowKey="key"
      size="small"
      pagination={false}
      columns={columns}
      dataSource={[...milestones]}
      onRow={(m) => (m.key === currentPhase ? { 'aria-current': 'step' } : {})}
    />
  );
}
