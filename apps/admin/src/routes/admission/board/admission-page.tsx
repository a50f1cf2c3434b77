import { useQuery } from '@apollo/client/react';
import { AdminAdmissionBoardDocument } from '@yingcai/schema';
import { Alert, Button, Card, Popconfirm, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useAdminTranslation } from '../../../i18n/use-admin-translation';
import { useCycleSelection } from '../../../shell/cycle-selection';
import { formatDateTime } from '../../../shell/date-time';
import { LoadError } from '../../../shell/load-error';
import { admissionColumns, type CandidateRow } from './admission-columns';
import type { Outcome } from '../../../shell/board-action';
import { useAdmissionActions } from './use-admission-actions';

/** 录取 (R-SEL-4..6): each discipline's ranking, the proposal and the office's decisions, the checks, publication. */
export function AdmissionPage() {
  const { year } = useCycleSelection();
  return year === undefined ? null : <AdmissionOfYear year={year} />;
}

function AdmissionOfYear({ year }: { year: number }) {
  const { t } = useAdminTranslation();
  const { data, error, refetch } = useQuery(AdminAdmissionBoardDocument, { variables: { year }, fetchPolicy: 'cache-and-network' });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const board = data?.admissionBoard;
  const { busy, decide, publish } = useAdmissionActions(year, board);
  if (error && !board) return <LoadError title={t('admission.loadFailed')} error={error} onRetry={() => void refetch()} />;
  if (!board) return <Card loading />;

  const settle = async (done: Promise<Outcome>) => {
    const result = await done;
    setOutcome(result);
    if (!result.ok && result.conflict) void refetch();
  };
  const published = board.publishedAt !== null;
  const columns = admissionColumns(t, { busy, published, onDecide: (row: CandidateRow, decision) => void settle(decide(row, decision)) });
  const nameOf = (code: string | null) => (code ? board.disciplines.find((d) => d.disciplineCode === code)?.disciplineName ?? code : t('admission.overall'));
  const checks = board.violations.map((v) => t(`admission.violation.${v.rule as 'R-SEL-4'}`, { ratio: board.interviewRatio, min: board.minAdmissions, where: nameOf(v.disciplineCode) }));

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary">
        {t('admission.hint', { assessmentWeight: board.assessmentWeight, interviewWeight: board.interviewWeight, ratio: board.interviewRatio, min: board.minAdmissions })}
      </Typography.Paragraph>
      {outcome && (
        <Alert type={outcome.ok ? 'success' : 'error'} showIcon role={outcome.ok ? 'status' : 'alert'} title={outcome.message} closable={{ onClose: () => setOutcome(null) }} />
      )}
      {published ? (
        <Alert type="info" showIcon title={t('admission.published', { at: formatDateTime(board.publishedAt), endsAt: formatDateTime(board.noticeEndsAt) })} />
      ) : (
        <Alert type={checks.length ? 'warning' : 'success'} showIcon title={checks.length ? checks.join(' ') : t('admission.checksHold')} />
      )}
      <Space>
        <strong>{t('admission.overallLine', { interviewees: board.interviewees, admitted: board.admitted, min: board.minAdmissions })}</strong>
        {!published && (
          <Popconfirm title={t('admission.publishConfirm')} onConfirm={() => void settle(publish())}>
            <Button type="primary" disabled={busy}>{t('admission.publish')}</Button>
          </Popconfirm>
        )}
        <Button href={`/api/admission/admitted.xlsx?year=${year}`}>{t('admission.exportAdmitted')}</Button>
      </Space>
      {board.disciplines.filter((d) => d.interviewees > 0).map((d) => (
        <Card key={d.disciplineCode} title={d.disciplineName} extra={t('admission.disciplineLine', { planned: d.plannedAdmissions, interviewees: d.interviewees, admitted: d.admitted })}>
          <Table<CandidateRow> rowKey="applicationId" size="small" columns={columns} dataSource={d.candidates} pagination={false} scroll={{ x: 'max-content' }} />
        </Card>
      ))}
    </Space>
  );
}
