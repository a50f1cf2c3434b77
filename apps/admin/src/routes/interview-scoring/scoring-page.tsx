import { useQuery } from '@apollo/client/react';
import { AdminInterviewRubricDocument, AdminMyInterviewsDocument, type AdminMyInterviewFragment } from '@yingcai/schema';
import { Alert, Button, Empty, Modal, Skeleton, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import { useCycleSelection } from '../../shell/cycle-selection';
import { LoadError } from '../../shell/load-error';
import { FIRST_PAGE, pageInput, ServerTable, type TableView } from '../../shell/server-table';
import { slotPlace, slotTime } from '../interviews/slot-text';
import { ScoreForm } from './score-form';

/** 面试评分 (R-SEL-5): a panel member's interviewees in the chosen cycle, and their score sheet or conflict declaration for each. */
export function ScoringPage() {
  const { t } = useAdminTranslation();
  const { year, loading, failed } = useCycleSelection();
  if (failed) return <Alert type="error" showIcon title={t('cycle.loadFailed')} />;
  if (year === undefined) return loading ? <Skeleton active /> : <Empty description={t('cycle.none')} />;
  return <ScoringTable key={year} year={year} />;
}

function MySheetTag({ row }: { row: AdminMyInterviewFragment }) {
  const { t } = useAdminTranslation();
  if (row.sheet?.conflict) return <Tag>{t('scoring.conflict')}</Tag>;
  const scored = row.sheet ? <Tag color="green">{t('scoring.scored', { total: row.sheet.total })}</Tag> : <Tag color="orange">{t('scoring.toScore')}</Tag>;
  return row.recorded ? <>{scored}<Tag>{t('scoring.recorded')}</Tag></> : scored;
}

function ScoringTable({ year }: { year: number }) {
  const { t } = useAdminTranslation();
  const [view, setView] = useState<TableView>(FIRST_PAGE);
  const [open, setOpen] = useState<AdminMyInterviewFragment | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const interviews = useQuery(AdminMyInterviewsDocument, { variables: { year, page: pageInput(view) }, fetchPolicy: 'cache-and-network' });
  const rubric = useQuery(AdminInterviewRubricDocument, { variables: { year } });
  const page = (interviews.data ?? interviews.previousData)?.myInterviews;
  if (interviews.error) return <LoadError title={t('scoring.title')} error={interviews.error} onRetry={() => void interviews.refetch()} />;

  const columns: TableColumnsType<AdminMyInterviewFragment> = [
    { key: 'time', title: t('scoring.time'), render: (_, row) => slotTime(row.slot.startsAt, row.slot.endsAt) },
    { key: 'place', title: t('scoring.place'), render: (_, row) => slotPlace(row.slot) },
    { key: 'number', title: t('scoring.applicationNumber'), dataIndex: 'applicationNumber' },
    { key: 'name', title: t('scoring.name'), dataIndex: 'name' },
    { key: 'school', title: t('scoring.school'), dataIndex: 'schoolName' },
    { key: 'grade', title: t('scoring.grade'), render: (_, row) => (row.grade === 10 || row.grade === 11 ? t(`scoring.grade${row.grade}`) : '—') },
    { key: 'mine', title: t('scoring.mine'), render: (_, row) => <MySheetTag row={row} /> },
    {
      key: 'actions',
      title: t('interviews.actions'),
      render: (_, row) => row.asked && (
        <Button type="link" size="small" onClick={() => { setDone(null); setOpen(row); }}>
          {t('scoring.score')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <Typography.Title level={4}>{t('scoring.title')}</Typography.Title>
      {done && <Alert type="success" showIcon role="status" title={done} closable={{ onClose: () => setDone(null) }} style={{ marginBottom: 16 }} />}
      <ServerTable<AdminMyInterviewFragment>
        rowKey="assignmentId"
        columns={columns}
        rows={page?.rows}
        total={page?.total}
        view={view}
        onViewChange={setView}
        loading={interviews.loading}
        totalText={(total) => t('scoring.total', { total })}
        emptyText={t('scoring.empty')}
      />
      {open && (
        <Modal open title={t('scoring.formTitle', { name: open.name, number: open.applicationNumber })} footer={null} onCancel={() => setOpen(null)} destroyOnHidden>
          <ScoreForm
            interview={open}
            rubric={rubric.data?.interviewRubric ?? []}
            onDone={(message) => {
              setOpen(null);
              setDone(message);
              void interviews.refetch();
            }}
          />
        </Modal>
      )}
    </>
  );
}
