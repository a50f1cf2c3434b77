import { useQuery } from '@apollo/client/react';
import { AdminConfirmationBoardDocument } from '@yingcai/schema';
import { Alert, Button, Popconfirm, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import { useCycleSelection } from '../../shell/cycle-selection';
import { LoadError } from '../../shell/load-error';
import { confirmationColumns, type DisciplineRow } from './confirmation-columns';
import { OffersTable } from './offers-table';
import type { Outcome } from '../../shell/board-action';
import { useConfirmationActions } from './use-confirmation-actions';

/** 录取确认 (R-SEL-4, R-SEL-5): admitted students' replies per discipline, the waiting lists, the offers and the after-deadline lapse. */
export function ConfirmationPage() {
  const { year } = useCycleSelection();
  return year === undefined ? null : <ConfirmationOfYear year={year} />;
}

function ConfirmationOfYear({ year }: { year: number }) {
  const { t } = useAdminTranslation();
  const { data, error, refetch } = useQuery(AdminConfirmationBoardDocument, { variables: { year }, fetchPolicy: 'cache-and-network' });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const board = data?.confirmationBoard;
  const ratio = board?.interviewRatio ?? 3;
  const { busy, offerPlace, lapseUnconfirmed } = useConfirmationActions(year, ratio);

  if (error && !board) return <LoadError title={t('confirmation.loadFailed')} error={error} onRetry={() => void refetch()} />;
  const settle = async (done: Promise<Outcome>) => {
    const result = await done;
    setOutcome(result);
    if (!result.ok && result.conflict) void refetch();
  };
  const columns = confirmationColumns(t, { busy, ratio, onOffer: (waiting) => void settle(offerPlace(waiting.id, waiting.version, waiting.name)) });
  const disciplineName = (code: string) => board?.disciplines.find((d) => d.disciplineCode === code)?.disciplineName ?? code;
  const deadline = board?.deadline ? `${board.deadline}${board.deadlinePassed ? t('confirmation.passed') : ''}` : null;

  return (
    <>
      {board && (
        <Typography.Paragraph type="secondary">
          {deadline ? t('confirmation.hint', { deadline, ratio }) : t('confirmation.noDeadline')}
        </Typography.Paragraph>
      )}
      {outcome && (
        <Alert type={outcome.ok ? 'success' : 'error'} showIcon role={outcome.ok ? 'status' : 'alert'} title={outcome.message}
          closable={{ onClose: () => setOutcome(null) }} style={{ marginBottom: 16 }} />
      )}
      <Table<DisciplineRow>
        rowKey="disciplineCode"
        size="middle"
        loading={!board}
        columns={columns}
        dataSource={board?.disciplines ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        footer={() => board && <strong>{t('confirmation.overall', { interviewees: board.interviewees, held: board.held, max: board.maxAdmitted })}</strong>}
      />
      {board && (
        <Space direction="vertical" style={{ margin: '16px 0', width: '100%' }}>
          <Popconfirm title={t('confirmation.lapseConfirm', { count: board.lapsable })} okText={t('confirmation.lapseOk')}
            onConfirm={() => void settle(lapseUnconfirmed())}>
            <Button danger disabled={busy || !board.deadlinePassed || board.lapsable === 0}>{t('confirmation.lapse', { count: board.lapsable })}</Button>
          </Popconfirm>
          {!board.deadlinePassed && <Typography.Text type="secondary">{t('confirmation.lapseBefore')}</Typography.Text>}
        </Space>
      )}
      {board && <OffersTable offers={board.offers} disciplineName={disciplineName} />}
    </>
  );
}
