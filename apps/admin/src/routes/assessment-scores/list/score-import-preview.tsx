import { BAD_SCORE_IMPORT_STATUSES, type ScoreImportReport } from '@yingcai/domain/selection';
import { Table, Tag, type TableColumnsType } from 'antd';
import { useAdminTranslation } from '../../../i18n/use-admin-translation';

type ReportRow = ScoreImportReport['rows'][number];

const STATUS_COLOURS: Record<ReportRow['status'], string> = {
  assess: 'success', replace: 'processing', unchanged: 'default', invalid: 'error', unmatched: 'error', duplicate: 'error', refused: 'error',
};

const isBad = (row: ReportRow): boolean => BAD_SCORE_IMPORT_STATUSES.includes(row.status);

/** R-SEL-2: the dry run's answer, every row with what importing it would do, bad rows first with their reasons. */
export function ScoreImportPreview({ report }: { report: ScoreImportReport }) {
  const { t } = useAdminTranslation();
  const rows = [...report.rows].sort((a, b) => Number(isBad(b)) - Number(isBad(a)) || a.rowNumber - b.rowNumber);
  const columns: TableColumnsType<ReportRow> = [
    { key: 'row', title: t('scoreImport.row'), dataIndex: 'rowNumber', width: 64 },
    {
      key: 'applicant',
      title: t('scoreImport.applicant'),
      render: (_, row) => [row.applicationNumber, row.name, row.idNumber].filter(Boolean).join(' '),
    },
    {
      key: 'score',
      title: t('scoreImport.score'),
      render: (_, row) => (
        <>
          {row.score ?? '—'}
          {row.status === 'replace' && <div style={{ color: '#888' }}>{t('scoreImport.replaces', { score: row.previousScore })}</div>}
        </>
      ),
    },
    {
      key: 'status',
      title: t('scoreImport.status'),
      render: (_, row) => <Tag color={STATUS_COLOURS[row.status]}>{t(`scoreImport.statuses.${row.status}`)}</Tag>,
    },
    {
      key: 'reasons',
      title: t('scoreImport.reasons'),
      render: (_, row) =>
        row.problems.map((p) => (
          <div key={p.reason}>{t(`scoreImport.reason.${p.reason}`, { status: row.applicationStatus ? t(`applicationStatus.${row.applicationStatus.toUpperCase() as 'ASSESSED'}`) : '' })}</div>
        )),
    },
  ];
  return <Table<ReportRow> rowKey="rowNumber" size="small" columns={columns} dataSource={rows} pagination={{ pageSize: 10, hideOnSinglePage: true }} />;
}
