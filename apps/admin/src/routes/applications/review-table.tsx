import { useQuery } from '@apollo/client/react';
import { AdminReviewQueueDocument } from '@yingcai/schema';
import { Button, Flex, Popconfirm, Space, type TableColumnsType } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useAdminTranslation, useCommonTranslation } from '../../i18n/use-admin-translation';
import { BulkApproveButton } from '../../shell/bulk-approve-button';
import { LoadError } from '../../shell/load-error';
import { NoticeAlert, type Notice } from '../../shell/notice-alert';
import { ServerTable, type TableView } from '../../shell/server-table';
import { useDisciplines } from '../../shell/use-disciplines';
import { useApplicationColumns } from './application-columns';
import { ApplicationFilters } from './application-filters';
import { REVIEW_STATUSES, reviewVariables, type ApplicationView, type ReviewRow, type StaffRow } from './application-query';
import { useDescribeFlag } from './application-rules';
import { FlagTags } from './flag-tags';
import { useApplicationView } from './use-application-view';
import { useApproveSelected, useReview, type Decision } from './use-decisions';
import type { DecisionResult } from '../../shell/board-action';

// The drawer and the reason dialog load when first opened, not with the table.
const ApplicationDrawer = lazy(() => import('./application-drawer').then((m) => ({ default: m.ApplicationDrawer })));
const NoteDialog = lazy(() => import('../../shell/note-dialog').then((m) => ({ default: m.NoteDialog })));

const isWaiting = (row: StaffRow) => row.status === 'SCHOOL_RECOMMENDED';

/** One 符合 warns of the row's flags as 批量通过 does: said before the office confirms, each in its own sentence. */
function FlaggedWarning({ lines }: { lines: readonly string[] }) {
  const { t } = useAdminTranslation();
  return (
    <div style={{ maxWidth: 360 }}>
      <div>{t('review.conformantFlagged')}</div>
      {lines.map((line) => <div key={line}>{line}</div>)}
    </div>
  );
}

/** 资料审核 (R-SEL-1): the school-recommended applications with their flags; 符合, 不符合 with a reason, or 批量通过. */
export function ReviewTable({ year }: { year: number }) {
  const { t } = useAdminTranslation();
  const { t: tc } = useCommonTranslation();
  const { view, turn, filter } = useApplicationView(REVIEW_STATUSES);
  const { data, previousData, loading, error, refetch } = useQuery(AdminReviewQueueDocument, {
    variables: reviewVariables(year, view),
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const { disciplines, nameOf } = useDisciplines(year);
  const describeFlag = useDescribeFlag(nameOf);
  const review = useReview();
  const approveSelected = useApproveSelected();
  const [selected, setSelected] = useState<ReviewRow[]>([]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState<ReviewRow | null>(null);
  const [rejecting, setRejecting] = useState<ReviewRow | null>(null);
  const page = (data ?? previousData)?.reviewQueue;
  const label = (row: StaffRow) => ({ number: row.applicationNumber ?? '', name: row.name ?? '' });
  const flagsOf = (row: ReviewRow) => row.flags.map((flag) => describeFlag(flag, row));
  const numbers = (rows: readonly StaffRow[]) => rows.map((r) => r.applicationNumber).join(tc('listSeparator'));

  const afterDecisions = (next: Notice) => {
    setNotice(next);
    setSelected([]);
    setOpen(null);
    // Decided rows stay in view until the list is read again, with their new status or the one someone else gave.
    void refetch();
  };

  const decide = async (row: ReviewRow, decision: Decision): Promise<DecisionResult> => {
    setNotice(null);
    const result = await review(row, decision);
    if (result.kind === 'conflict') afterDecisions({ type: 'warning', lines: [t('review.conflict', label(row))] });
    else if (result.kind === 'done') afterDecisions({ type: 'success', lines: [t(decision.yes ? 'review.markedConformant' : 'review.markedNonconformant', label(row))] });
    else if (decision.yes) setNotice({ type: 'error', lines: [t('review.failed', { number: row.applicationNumber ?? '', reason: result.message })] });
    return result;
  };

  const approveAll = async () => {
    setNotice(null);
    setBusy(true);
    const result = await approveSelected(selected);
    setBusy(false);
    if (result.kind === 'done') afterDecisions({ type: 'success', lines: [t('review.bulkDone', { count: selected.length, numbers: numbers(selected) })] });
    else if (result.kind === 'conflict') afterDecisions({ type: 'warning', lines: [t('review.bulkConflict', { number: result.number ?? '' })] });
    else setNotice({ type: 'error', title: t('review.bulkRefused'), lines: [result.message] });
  };

  const actions = (row: ReviewRow) =>
    isWaiting(row) ? (
      <Space size={0} wrap>
        <Popconfirm
          title={t('review.conformantConfirm', label(row))}
          description={row.flags.length ? <FlaggedWarning lines={flagsOf(row)} /> : undefined}
          okText={t('applications.confirmOk')}
          cancelText={t('applications.confirmCancel')}
          onConfirm={() => decide(row, { yes: true })}
        >
          <Button type="link" size="small" disabled={busy}>
            {t('review.conformant')}
          </Button>
        </Popconfirm>
        <Button type="link" size="small" danger disabled={busy} onClick={() => setRejecting(row)}>
          {t('review.nonconformant')}
        </Button>
      </Space>
    ) : null;

  const columns = [
    ...useApplicationColumns({ nameOf, onOpen: (row) => setOpen(row as ReviewRow) }),
    { key: 'flags', title: t('review.flags'), render: (_: unknown, row: ReviewRow) => <FlagTags flags={flagsOf(row)} /> },
    { key: 'actions', title: t('applications.actions'), fixed: 'right' as const, render: (_: unknown, row: ReviewRow) => actions(row) },
  ] as TableColumnsType<ReviewRow>;
  const flagged = selected.filter((row) => row.flags.length > 0);
  const changeView = (change: () => void) => {
    setSelected([]);
    change();
  };

  return (
    <>
      {notice && <NoticeAlert notice={notice} onClose={() => setNotice(null)} />}
      <Flex wrap gap={8} justify="space-between" style={{ marginBottom: 16 }}>
        <Flex wrap gap={8}>
          <ApplicationFilters
            view={view}
            statuses={REVIEW_STATUSES}
            statusPlaceholder={t('applicationStatus.SCHOOL_RECOMMENDED')}
            disciplines={disciplines ?? []}
            bySchool
            byFlags
            onFilter={(change: Partial<ApplicationView>) => changeView(() => filter(change))}
          />
        </Flex>
        <BulkApproveButton
          count={selected.length}
          confirmTitle={t('review.bulkConfirm', { count: selected.length })}
          warning={flagged.length ? t('review.bulkFlagged', { count: flagged.length, numbers: numbers(flagged) }) : undefined}
          busy={busy}
          onConfirm={approveAll}
        />
      </Flex>
      {error && !page ? (
        <LoadError title={t('applications.loadFailed')} error={error} onRetry={() => void refetch()} />
      ) : (
        <ServerTable<ReviewRow>
          rowKey="id"
          columns={columns}
          rows={page?.rows}
          total={page?.total}
          loading={loading || busy}
          view={view}
          onViewChange={(table: TableView) => changeView(() => turn(table))}
          totalText={(total) => t('applications.total', { total })}
          emptyText={t('review.empty')}
          rowSelection={{
            selectedRowKeys: selected.map((r) => r.id),
            onChange: (_, rows) => setSelected(rows),
            // Only an application waiting for review can be approved.
            getCheckboxProps: (row) => ({ disabled: !isWaiting(row), name: row.applicationNumber ?? row.id }),
          }}
        />
      )}
      <Suspense fallback={null}>
        {open && <ApplicationDrawer row={open} nameOf={nameOf} flags={flagsOf(open)} actions={actions(open)} onClose={() => setOpen(null)} />}
        {rejecting && (
          <NoteDialog
            danger
            text={{
              title: t('review.rejectTitle', label(rejecting)),
              hint: t('review.rejectHint'),
              label: t('review.reason'),
              placeholder: t('review.reasonPlaceholder'),
              required: t('review.reasonRequired'),
              ok: t('review.nonconformant'),
            }}
            onClose={() => setRejecting(null)}
            onSubmit={async (reason) => {
              const result = await decide(rejecting, { yes: false, note: reason });
              if (result.kind !== 'failed') setRejecting(null);
              return result.kind === 'failed' ? result.message : null;
            }}
          />
        )}
      </Suspense>
    </>
  );
}
