import { Table, type TableColumnsType } from 'antd';
import { useAdminTranslation } from '../../../i18n/use-admin-translation';
import type { SettingsCycle } from './queries';

type Discipline = SettingsCycle['disciplines'][number];

export function DisciplineTable({ disciplines }: { disciplines: readonly Discipline[] }) {
  const { t } = useAdminTranslation();
  const columns: TableColumnsType<Discipline> = [
    { key: 'code', dataIndex: 'code', title: t('cycle.disciplineCode'), width: 160 },
    { key: 'name', dataIndex: 'name', title: t('cycle.disciplineName') },
  ];
  return <Table<Discipline> rowKey="code" size="small" pagination={false} columns={columns} dataSource={[...disciplines]} />;
}
