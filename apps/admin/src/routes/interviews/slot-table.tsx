import { useMutation, useQuery } from '@apollo/client/react';
import { AdminAutoAssignIntervieweesDocument, AdminDeleteInterviewSlotDocument, AdminInterviewSlotsDocument, type AdminInterviewSlotFragment } from '@yingcai/schema';
import { Button, Flex, Popconfirm, Space, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import { failureOf, useDescribeFailure } from '../../shell/api-failure';
import { LoadError } from '../../shell/load-error';
import { NoticeAlert, type Notice } from '../../shell/notice-alert';
import { FIRST_PAGE, pageInput, ServerTable, type TableView } from '../../shell/server-table';
import { IntervieweeTable } from './interviewee-table';
import { PanelDialog } from './panel-dialog';
import { SlotDialog } from './slot-dialog';
import { slotPlace, slotTime } from './slot-text';
import { WaitingTable } from './waiting-table';

type Editing = { kind: 'slot'; slot: AdminInterviewSlotFragment | null } | { kind: 'panel'; slot: AdminInterviewSlotFragment };

/** The discipline's slots (R-SEL-5) with their panels and how full they are; the slot opened below shows its applicants. */
export function SlotTable({ year, disciplineCode }: { year: number; disciplineCode: string }) {
  const { t } = useAdminTranslation();
  const describe = useDescribeFailure();
  const [view, setView] = useState<TableView>(FIRST_PAGE);
  const [openId, setOpenId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const slots = useQuery(AdminInterviewSlotsDocument, { variables: { year, disciplineCode, page: pageInput(view) }, fetchPolicy: 'cache-and-network' });
  const [autoAssign, { loading: assigning }] = useMutation(AdminAutoAssignIntervieweesDocument);
  const [deleteSlot] = useMutation(AdminDeleteInterviewSlotDocument);
  const page = (slots.data ?? slots.previousData)?.interviewSlots;
  const open = page?.rows.find((slot) => slot.id === openId) ?? null;
  const say = (type: Notice['type'], line: string) => setNotice({ type, lines: [line] });
  const reload = () => void slots.refetch();
  const conflict = () => { setEditing(null); say('warning', t('interviews.conflict')); reload(); };
  if (slots.error) return <LoadError title={t('interviews.slots')} error={slots.error} onRetry={reload} />;

  const runAutoAssign = async () => {
    try {
      const { data } = await autoAssign({ variables: { year, disciplineCode } });
      say('success', t('interviews.autoAssigned', data!.autoAssignInterviewees));
    } catch (error) {
      say('error', t('interviews.failed', { reason: describe(error) }));
    }
    reload();
  };

  const remove = async (slot: AdminInterviewSlotFragment) => {
    try {
      await deleteSlot({ variables: { id: slot.id, version: slot.version } });
      reload();
    } catch (error) {
      const { code, reason } = failureOf(error);
      if (code === 'CONFLICT') return conflict();
      say('error', reason === 'SLOT_NOT_EMPTY' ? t('interviews.slotNotEmpty') : t('interviews.failed', { reason: describe(error) }));
    }
  };

  const columns: TableColumnsType<AdminInterviewSlotFragment> = [
    { key: 'time', title: t('interviews.time'), render: (_, slot) => slotTime(slot.startsAt, slot.endsAt) },
    { key: 'place', title: t('interviews.place'), render: (_, slot) => slotPlace(slot) },
    { key: 'capacity', title: t('interviews.capacity'), render: (_, slot) => t('interviews.filled', slot) },
    {
      key: 'panel',
      title: t('interviews.panel'),
      render: (_, slot) => (slot.members.length === 0 ? t('interviews.noPanel') : slot.members.map((m) => <Tag key={m.accountId}>{m.name}</Tag>)),
    },
    {
      key: 'actions',
      title: t('interviews.actions'),
      render: (_, slot) => (
        <Space size={0} wrap>
          <Button type="link" size="small" onClick={() => setOpenId(slot.id)}>{t('interviews.select')}</Button>
          <Button type="link" size="small" onClick={() => setEditing({ kind: 'slot', slot })}>{t('interviews.edit')}</Button>
          <Button type="link" size="small" onClick={() => setEditing({ kind: 'panel', slot })}>{t('interviews.setPanel')}</Button>
          {slot.assigned === 0 && (
            <Popconfirm title={t('interviews.removeConfirm')} okText={t('interviews.remove')} cancelText={t('interviews.cancel')} onConfirm={() => remove(slot)}>
              <Button type="link" size="small" danger>{t('interviews.remove')}</Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      {notice && <NoticeAlert notice={notice} onClose={() => setNotice(null)} />}
      <Flex gap={8} style={{ marginBottom: 12 }}>
        <Button type="primary" onClick={() => setEditing({ kind: 'slot', slot: null })}>{t('interviews.addSlot')}</Button>
        <Popconfirm title={t('interviews.autoAssignConfirm')} okText={t('interviews.autoAssign')} cancelText={t('interviews.cancel')} onConfirm={runAutoAssign}>
          <Button loading={assigning}>{t('interviews.autoAssign')}</Button>
        </Popconfirm>
      </Flex>
      <ServerTable<AdminInterviewSlotFragment>
        rowKey="id"
        columns={columns}
        rows={page?.rows}
        total={page?.total}
        view={view}
        onViewChange={setView}
        loading={slots.loading}
        rowClassName={(slot) => (slot.id === openId ? 'ant-table-row-selected' : '')}
        totalText={(total) => t('interviews.slotsTotal', { total })}
        emptyText={t('interviews.noSlots')}
      />
      {open && (
        <>
          <IntervieweeTable slot={open} onSlotChanged={reload} onConflict={conflict} onNotice={setNotice} />
          <WaitingTable year={year} slot={open} onAssigned={reload} onConflict={conflict} onNotice={setNotice} />
        </>
      )}
      {editing?.kind === 'slot' && (
        <SlotDialog
          year={year}
          disciplineCode={disciplineCode}
          slot={editing.slot}
          onClose={() => setEditing(null)}
          onConflict={conflict}
          onSaved={(_, moved) => { setEditing(null); say('success', moved ? t('interviews.movedNotified') : t('interviews.saved')); reload(); }}
        />
      )}
      {editing?.kind === 'panel' && (
        <PanelDialog year={year} slot={editing.slot} onClose={() => setEditing(null)} onConflict={conflict} onSaved={() => { setEditing(null); say('success', t('interviews.panelSaved')); reload(); }} />
      )}
    </>
  );
}
