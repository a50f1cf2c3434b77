import { useMutation, useQuery } from '@apollo/client/react';
import {
  AdminIntervieweesDocument, AdminRecordInterviewDocument, AdminUnassignIntervieweeDocument, type AdminIntervieweeFragment, type AdminInterviewSlotFragment,
} from '@yingcai/schema';
import { Button, Popconfirm, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import { failureOf, useDescribeFailure } from '../../shell/api-failure';
import { LoadError } from '../../shell/load-error';
import type { Notice } from '../../shell/notice-alert';
import { FIRST_PAGE, pageInput, ServerTable, type TableView } from '../../shell/server-table';
import { slotTime } from './slot-text';

type Sheet = AdminIntervieweeFragment['sheets'][number];

interface IntervieweeTableProps {
  slot: AdminInterviewSlotFragment;
  onSlotChanged: () => void;
  onConflict: () => void;
  onNotice: (notice: Notice) => void;
}

/** Every member's sheet of one interviewee: points, total and comment, or the declared conflict. */
function SheetList({ sheets }: { sheets: readonly Sheet[] }) {
  const { t } = useAdminTranslation();
  const columns: TableColumnsType<Sheet> = [
    { key: 'member', title: t('interviews.sheetMember'), dataIndex: 'memberName' },
    { key: 'total', title: t('interviews.sheetTotal'), render: (_, s) => (s.conflict ? t('interviews.conflictDeclared', { reason: s.conflictReason }) : s.total) },
    { key: 'points', title: t('interviews.sheets'), render: (_, s) => s.points.map((p) => p.points).join(' / ') },
    { key: 'comment', title: t('interviews.sheetComment'), dataIndex: 'comment' },
  ];
  return <Table<Sheet> size="small" rowKey="memberAccountId" columns={columns} dataSource={[...sheets]} pagination={false} />;
}

/** R-SEL-5: the slot's applicants with each member's sheet and the mean so far; the office records each interview. */
export function IntervieweeTable({ slot, onSlotChanged, onConflict, onNotice }: IntervieweeTableProps) {
  const { t } = useAdminTranslation();
  const describe = useDescribeFailure();
  const [view, setView] = useState<TableView>(FIRST_PAGE);
  const rows = useQuery(AdminIntervieweesDocument, { variables: { slotId: slot.id, page: pageInput(view) }, fetchPolicy: 'cache-and-network' });
  const [record] = useMutation(AdminRecordInterviewDocument);
  const [unassign] = useMutation(AdminUnassignIntervieweeDocument);
  const page = (rows.data ?? rows.previousData)?.interviewees;
  const say = (type: Notice['type'], line: string) => onNotice({ type, lines: [line] });
  if (rows.error) return <LoadError title={t('interviews.interviewees')} error={rows.error} onRetry={() => void rows.refetch()} />;

  const recordOne = async (row: AdminIntervieweeFragment) => {
    const name = row.name ?? row.applicationNumber ?? '';
    try {
      const { data } = await record({ variables: { applicationId: row.applicationId, version: row.version } });
      say('success', t('interviews.recorded', { name, score: data!.recordInterview.score }));
    } catch (error) {
      const { code } = failureOf(error);
      if (code === 'CONFLICT') say('warning', t('interviews.recordConflict', { name }));
      else say('error', code === 'RULE_VIOLATION' ? t('interviews.recordNoScores', { name }) : t('interviews.failed', { reason: describe(error) }));
    }
    void rows.refetch();
  };

  const takeOut = async (row: AdminIntervieweeFragment) => {
    try {
      await unassign({ variables: { slotId: slot.id, version: slot.version, applicationId: row.applicationId } });
      say('success', t('interviews.takenOut', { name: row.name }));
    } catch (error) {
      const { code } = failureOf(error);
      if (code === 'CONFLICT') return onConflict();
      say('error', code === 'RULE_VIOLATION' ? t('interviews.hasSheets') : t('interviews.failed', { reason: describe(error) }));
    }
    void rows.refetch();
    onSlotChanged();
  };

  const columns: TableColumnsType<AdminIntervieweeFragment> = [
    { key: 'number', title: t('interviews.applicationNumber'), dataIndex: 'applicationNumber' },
    { key: 'name', title: t('interviews.name'), dataIndex: 'name' },
    { key: 'school', title: t('interviews.school'), dataIndex: 'schoolName' },
    {
      key: 'sheets',
      title: t('interviews.sheets'),
      render: (_, row) => t('interviews.sheetsSummary', { scored: row.sheets.filter((s) => !s.conflict).length, conflicts: row.sheets.filter((s) => s.conflict).length, awaiting: row.awaiting }),
    },
    { key: 'mean', title: t('interviews.meanScore'), render: (_, row) => row.meanScore ?? '—' },
    { key: 'score', title: t('interviews.score'), render: (_, row) => row.score ?? '—' },
    {
      key: 'actions',
      title: t('interviews.actions'),
      render: (_, row) => row.recordedAt === null && (
        <Space size={0} wrap>
          <Popconfirm title={t('interviews.recordConfirm', { name: row.name, score: row.meanScore ?? '—' })} okText={t('interviews.record')} cancelText={t('interviews.cancel')} onConfirm={() => recordOne(row)}>
            <Button type="link" size="small">{t('interviews.record')}</Button>
          </Popconfirm>
          {row.sheets.length === 0 && <Button type="link" size="small" danger onClick={() => void takeOut(row)}>{t('interviews.takeOut')}</Button>}
        </Space>
      ),
    },
  ];

  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 24 }}>{`${t('interviews.interviewees')} · ${t('interviews.slotTitle', { time: slotTime(slot.startsAt, slot.endsAt) })}`}</Typography.Title>
      <ServerTable<AdminIntervieweeFragment>
        rowKey="applicationId"
        columns={columns}
        rows={page?.rows}
        total={page?.total}
        view={view}
        onViewChange={setView}
        loading={rows.loading}
        expandable={{ rowExpandable: (row) => row.sheets.length > 0, expandedRowRender: (row) => <SheetList sheets={row.sheets} /> }}
        totalText={(total) => t('interviews.intervieweesTotal', { total })}
        emptyText={t('interviews.noInterviewees')}
      />
    </>
  );
}
