import { UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { AdminAssessmentScoresDocument, type AdminAssessmentScoreFragment } from '@yingcai/schema';
import { Alert, Button, Flex, Select, type TableColumnsType } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useAdminTranslation } from '../../../i18n/use-admin-translation';
import { useCycleSelection } from '../../../shell/cycle-selection';
import { formatDateTime } from '../../../shell/date-time';
import { LoadError } from '../../../shell/load-error';
import { FIRST_PAGE, pageInput, ServerTable, type TableView } from '../../../shell/server-table';
import { useDisciplines } from '../../../shell/use-disciplines';

// The dialog (antd Modal, Upload) loads when the office first opens it, not with the list.
const ScoreImportDialog = lazy(() => import('./score-import-dialog').then((m) => ({ default: m.ScoreImportDialog })));

type ScoreRow = AdminAssessmentScoreFragment;

/** 测评成绩 (R-SEL-2): the imported potential-assessment scores of the cycle, by discipline, highest first; 导入成绩. */
export function AssessmentScoresPage() {
  const { year } = useCycleSelection();
  return year === undefined ? null : <ScoresOfYear year={year} />;
}

function ScoresOfYear({ year }: { year: number }) {
  const { t } = useAdminTranslation();
  const { disciplines, nameOf } = useDisciplines(year);
  const [view, setView] = useState<TableView>(FIRST_PAGE);
  const [disciplineCode, setDisciplineCode] = useState<string | undefined>();
  const [importing, setImporting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const { data, previousData, loading, error, refetch } = useQuery(AdminAssessmentScoresDocument, {
    variables: { year, page: pageInput(view), ...(disciplineCode ? { disciplineCode } : {}) },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.assessmentScores;

  const columns: TableColumnsType<ScoreRow> = [
    { key: 'discipline', title: t('assessmentScores.discipline'), render: (_, row) => (row.disciplineCode ? nameOf(row.disciplineCode) : '—') },
    { key: 'number', title: t('assessmentScores.applicationNumber'), dataIndex: 'applicationNumber' },
    { key: 'name', title: t('assessmentScores.name'), dataIndex: 'name' },
    { key: 'school', title: t('assessmentScores.school'), dataIndex: 'schoolName' },
    { key: 'score', title: t('assessmentScores.score'), dataIndex: 'assessmentScore', align: 'right' },
    { key: 'status', title: t('assessmentScores.status'), render: (_, row) => t(`applicationStatus.${row.status}`) },
    { key: 'assessedAt', title: t('assessmentScores.assessedAt'), render: (_, row) => formatDateTime(row.assessedAt) },
  ];

  return (
    <>
      {notice && <Alert type="success" showIcon role="status" title={notice} closable={{ onClose: () => setNotice(null) }} style={{ marginBottom: 16 }} />}
      <Flex wrap gap={8} justify="space-between" style={{ marginBottom: 16 }}>
        <Select<string>
          aria-label={t('assessmentScores.discipline')}
          placeholder={t('assessmentScores.allDisciplines')}
          allowClear
          value={disciplineCode}
          onChange={(code) => {
            setDisciplineCode(code);
            setView((current) => ({ ...current, page: 1 }));
          }}
          options={(disciplines ?? []).map((d) => ({ value: d.code, label: d.name }))}
          style={{ width: 200 }}
        />
        <Button type="primary" icon={<UploadOutlined />} onClick={() => setImporting(true)}>
          {t('assessmentScores.import')}
        </Button>
      </Flex>
      {error && !page ? (
        <LoadError title={t('assessmentScores.loadFailed')} error={error} onRetry={() => void refetch()} />
      ) : (
        <ServerTable<ScoreRow>
          rowKey="id"
          columns={columns}
          rows={page?.rows}
          total={page?.total}
          loading={loading}
          view={view}
          onViewChange={(next) => setView((current) => ({ ...current, ...next }))}
          totalText={(total) => t('assessmentScores.total', { total })}
          emptyText={t('assessmentScores.empty')}
        />
      )}
      <Suspense fallback={null}>
        {importing && (
          <ScoreImportDialog
            year={year}
            onClose={() => setImporting(false)}
            onDone={(message) => {
              setImporting(false);
              setNotice(message);
              void refetch();
            }}
          />
        )}
      </Suspense>
    </>
  );
}
