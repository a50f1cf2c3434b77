import { useMutation, useQuery } from '@apollo/client/react';
import { AdminAssignIntervieweesDocument, AdminWaitingIntervieweesDocument, type AdminInterviewSlotFragment, type AdminWaitingIntervieweesQuery } from '@yingcai/schema';
import { Button, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import { failureOf, useDescribeFailure } from '../../shell/api-failure';
import { LoadError } from '../../shell/load-error';
import type { Notice } from '../../shell/notice-alert';
import { FIRST_PAGE, pageInput, ServerTable, type TableView } from '../../shell/server-table';

type Waiting = AdminWaitingIntervieweesQuery['waitingInterviewees']['rows'][number];

interface WaitingTableProps {
  year: number;
  slot: AdminInterviewSlotFragment;
  onAssigned: () => void;
  onConflict: () => void;
  onNotice: (notice: Notice) => void;
}

/** R-SEL-5: invited applicants of the discipline still without a slot; the chosen ones go into the open slot and are told. */
export function WaitingTable({ year, slot, onAssigned, onConflict, onNotice }: WaitingTableProps) {
  const { t } = useAdminTranslation();
  const describe = useDescribeFailure();
  const [view, setView] = useState<TableView>(FIRST_PAGE);
  const [selected, setSelected] = useState<string[]>([]);
  const waiting = useQuery(AdminWaitingIntervieweesDocument, { variables: { year, disciplineCode: slot.disciplineCode, page: pageInput(view) }, fetchPolicy: 'cache-and-network' });
  const [assign, { loading }] = useMutation(AdminAssignIntervieweesDocument);
  const page = (waiting.data ?? waiting.previousData)?.waitingInterviewees;
  if (waiting.error) return <LoadError title={t('interviews.waiting')} error={waiting.error} onRetry={() => void waiting.refetch()} />;

  const assignSelected = async () => {
    try {
      await assign({ variables: { slotId: slot.id, version: slot.version, applicationIds: selected } });
      onNotice({ type: 'success', lines: [t('interviews.assigned', { count: selected.length })] });
      setSelected([]);
    } catch (error) {
      const { code, reason } = failureOf(error);
      if (code === 'CONFLICT') return onConflict();
      const line = reason === 'SLOT_FULL' ? t('interviews.slotFull') : code === 'RULE_VIOLATION' ? t('interviews.notInvited') : t('interviews.failed', { reason: describe(error) });
      onNotice({ type: 'error', lines: [line] });
    }
    void waiting.refetch();
    onAssigned();
  };

  const columns: TableColumnsType<Waiting> = [
    { key: 'number', title: t('interviews.applicationNumber'), dataIndex: 'applicationNumber' },
    { key: 'name', title: t('interviews.name'), dataIndex: 'name' },
    { key: 'school', title: t('interviews.school'), dataIndex: 'schoolName' },
  ];

  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 24 }}>{t('interviews.waiting')}</Typography.Title>
      <Button type="primary" disabled={selected.length === 0} loading={loading} onClick={() => void assignSelected()} style={{ marginBottom: 12 }}>
        {t('interviews.assignSelected')}
      </Button>
      <ServerTable<Waiting>
        rowKey="applicationId"
        columns={columns}
        rows={page?.rows}
        total={page?.total}
        view={view}
        onViewChange={(next) => { setSelected([]); setView(next); }}
        loading={waiting.loading}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)) }}
        totalText={(total) => t('interviews.waitingTotal', { total })}
        emptyText={t('interviews.noWaiting')}
      />
    </>
  );
}
