import type { SchoolImportReport } from '@yingcai/domain/schools';
import { Table, Tag, type TableColumnsType } from 'antd';
import { useAdminTranslation } from '../../../i18n/use-admin-translation';

type ReportRow = SchoolImportReport['rows'][number];

const STATUS_COLOURS: Record<ReportRow['status'], string> = { new: 'success', update: 'processing', unchanged: 'default', duplicate: 'error', invalid: 'error' };

export const isBad = (row: ReportRow): boolean => row.status === 'invalid' || row.status === 'duplicate';

/** The dry run's answer: every row of the file with what importing it would do, bad rows first with their reasons. */
export function ImportPreview({ report }: { report: SchoolImportReport }) {
  const { t } = useAdminTranslation();
  const rows = [...report.rows].sort((a, b) => Number(isBad(b)) - Number(isBad(a)) || a.rowNumber - b.rowNumber);
  const columns: TableColumnsType<ReportRow> = [
    { key: 'row', title: t('schoolImport.row'), dataIndex: 'rowNumber', width: 72 },
    { key: 'name', title: t('schoolImport.name'), dataIndex: 'name' },
    {
      key: 'status',
      title: t('schoolImport.status'),
      render: (_, row) => <Tag color={STATUS_COLOURS[row.status]}>{t(`schoolImport.statuses.${row.status}`)}</Tag>,
    },
    {
      key: 'reasons',
      title: t('schoolImport.reasons'),
      render: (_, row) => row.problems.map((p) => <div key={p.reason}>{t(`schoolImport.reason.${p.reason}`)}</div>),
    },
  ];
  return <Table<ReportRow> rowKey="rowNumber" size="small" columns={columns} dataSource={rows} pagination={{ pageSize: 10, hideOnSinglePage: true }} />;
}
