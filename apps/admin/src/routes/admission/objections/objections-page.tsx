import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { AdminAnswerObjectionDocument, AdminNoticeObjectionsDocument, type AdminNoticeObjectionsQuery } from '@yingcai/schema';
import { Alert, Button, Input, Modal, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useAdminTranslation } from '../../../i18n/use-admin-translation';
import { useDescribeFailure } from '../../../shell/api-failure';
import { useCycleSelection } from '../../../shell/cycle-selection';
import { formatDateTime } from '../../../shell/date-time';
import { LoadError } from '../../../shell/load-error';
import { ObjectorContact } from './reveal-contact';

type Objection = AdminNoticeObjectionsQuery['noticeObjections'][number];
type Outcome = { ok: boolean; message: string };

/** 公示异议: objections raised on the public notice, each answered once; the objector is told. */
export function ObjectionsPage() {
  const { year } = useCycleSelection();
  return year === undefined ? null : <ObjectionsOfYear year={year} />;
}

function ObjectionsOfYear({ year }: { year: number }) {
  const { t } = useAdminTranslation();
  const describeFailure = useDescribeFailure();
  const { data, error, refetch } = useQuery(AdminNoticeObjectionsDocument, { variables: { year }, fetchPolicy: 'cache-and-network' });
  const [answering, setAnswering] = useState<Objection | null>(null);
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [answer, { loading }] = useMutation(AdminAnswerObjectionDocument);
  if (error && !data) return <LoadError title={t('objections.loadFailed')} error={error} onRetry={() => void refetch()} />;

  const send = async () => {
    if (!answering) return;
    try {
      await answer({ variables: { id: answering.id, answer: text.trim(), version: answering.version } });
      setOutcome({ ok: true, message: t('objections.answerDone') });
    } catch (failure) {
      const conflict = CombinedGraphQLErrors.is(failure) && failure.errors[0]?.extensions?.code === 'CONFLICT';
      setOutcome({ ok: false, message: conflict ? t('objections.conflict') : t('objections.failed', { reason: describeFailure(failure) }) });
      if (conflict) void refetch();
    }
    setAnswering(null);
  };
  const columns: TableColumnsType<Objection> = [
    { title: t('objections.student'), key: 'student', render: (_, row) => `${row.studentName}（${row.schoolName}，${row.applicationNumber}）` },
    { title: t('objections.objector'), dataIndex: 'objectorName' },
    { title: t('objections.contact'), key: 'contact', render: (_, row) => <ObjectorContact id={row.id} masked={row.objectorContact} objectorName={row.objectorName} /> },
    { title: t('objections.reason'), dataIndex: 'reason' },
    { title: t('objections.raisedAt'), dataIndex: 'raisedAt', render: (at: string) => formatDateTime(at) },
    {
      title: t('objections.answer'),
      key: 'answer',
      render: (_, row) => (row.answer ? <><Tag color="green">{t('objections.answered')}</Tag>{row.answer}</> : (
        <Button size="small" onClick={() => { setText(''); setAnswering(row); }}>{t('objections.answerAction')}</Button>
      )),
    },
  ];

  return (
    <>
      <Typography.Paragraph type="secondary">{t('objections.hint')}</Typography.Paragraph>
      {outcome && <Alert type={outcome.ok ? 'success' : 'error'} showIcon role={outcome.ok ? 'status' : 'alert'} title={outcome.message} closable={{ onClose: () => setOutcome(null) }} style={{ marginBottom: 16 }} />}
      <Table<Objection> rowKey="id" size="middle" loading={!data} columns={columns} dataSource={data?.noticeObjections ?? []} pagination={false}
        locale={{ emptyText: t('objections.empty') }} scroll={{ x: 'max-content' }} />
      <Modal open={answering !== null} title={answering ? t('objections.answerTitle', { name: answering.objectorName }) : ''} onCancel={() => setAnswering(null)}
        onOk={() => void send()} okButtonProps={{ disabled: text.trim() === '', loading }}>
        <Input.TextArea aria-label={t('objections.answer')} rows={5} maxLength={2000} value={text} onChange={(e) => setText(e.target.value)} placeholder={t('objections.answerRequired')} />
      </Modal>
    </>
  );
}
