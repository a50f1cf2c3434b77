import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { AdminMentorAppointmentsDocument } from '@yingcai/schema';
import { Button, Flex } from 'antd';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import { BulkApproveButton } from '../../shell/bulk-approve-button';
import { LoadError } from '../../shell/load-error';
import { ServerTable } from '../../shell/server-table';
import { useCandidateColumns } from './candidate-columns';
import { CandidateFilters } from './candidate-filters';
import { NoticeAlert } from '../../shell/notice-alert';
import { candidatesExportUrl, candidateVariables, useCandidateView, type AppointmentRow } from './mentor-query';
import { useCandidateDecisions } from './use-candidate-decisions';
import { useDisciplines } from '../../shell/use-disciplines';

// The reject dialog (antd Modal and Form) loads when someone first rejects, not with the table.
const NoteDialog = lazy(() => import('../../shell/note-dialog').then((m) => ({ default: m.NoteDialog })));

/** R-MENTOR-2: the office takes the last step, a university the one after the mentor's confirmation. */
const APPROVABLE = { office: 'UNIVERSITY_APPROVED', university: 'CONFIRMED' } as const;

interface CandidateTableProps {
  year: number;
  decider: 'office' | 'university';
  /** Above the table on the right, e.g. 推荐导师. */
  extra?: ReactNode;
}

/**
 * 导师遴选: the cycle's mentor candidates (all for the office, their own university's for a coordinator),
 * paged, sorted and filtered by the server, with R-MENTOR-1/R-MENTOR-4 warnings beside the decision.
 */
export function CandidateTable({ year, decider, extra }: CandidateTableProps) {
  const { t } = useAdminTranslation();
  const { view, turn, filter } = useCandidateView();
  const { data, previousData, loading, error, refetch } = useQuery(AdminMentorAppointmentsDocument, {
    variables: candidateVariables(year, view),
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const { disciplines, nameOf } = useDisciplines(year);
  const decisions = useCandidateDecisions(refetch);
  const { selected, setSelected, notice, setNotice, deciding, decideOne, approveSelected } = decisions;
  const [rejecting, setRejecting] = useState<AppointmentRow | null>(null);
  const isApprovable = (row: AppointmentRow) => row.status === APPROVABLE[decider];
  const bulk = decider === 'office';
  const columns = useCandidateColumns({ nameOf, isApprovable, deciding, onDecide: decideOne, onReject: setRejecting });
  const page = (data ?? previousData)?.mentorAppointments;

  return (
    <>
      {notice && <NoticeAlert notice={notice} onClose={() => setNotice(null)} />}
      <Flex wrap gap={8} justify="space-between" style={{ marginBottom: 16 }}>
        <Flex wrap gap={8}>
          <CandidateFilters view={view} disciplines={disciplines ?? []} onFilter={(change) => { setSelected([]); filter(change); }} />
        </Flex>
        <Flex wrap gap={8}>
          {extra}
          <Button icon={<DownloadOutlined />} href={candidatesExportUrl(year, view)}>
            {t('mentors.exportExcel')}
          </Button>
          {bulk && (
            <BulkApproveButton
              count={selected.length}
              confirmTitle={t('mentors.bulkConfirm', { count: selected.length })}
              busy={deciding}
              onConfirm={approveSelected}
            />
          )}
        </Flex>
      </Flex>
      {error && !page ? (
        <LoadError title={t('mentors.loadFailed')} error={error} onRetry={() => void refetch()} />
      ) : (
        <ServerTable<AppointmentRow>
          rowKey="id"
          columns={columns}
          rows={page?.rows}
          total={page?.total}
          view={view}
          onViewChange={(table) => {
            setSelected([]);
            turn(table);
          }}
          loading={loading || deciding}
          totalText={(total) => t('mentors.total', { total })}
          emptyText={t('mentors.empty')}
          rowSelection={
            bulk
              ? {
                  selectedRowKeys: selected.map((r) => r.id),
                  onChange: (_, rows) => setSelected(rows),
                  getCheckboxProps: (row) => ({ disabled: !isApprovable(row), name: row.mentor.name }),
                }
              : undefined
          }
        />
      )}
      <Suspense fallback={null}>
        {rejecting && (
          <NoteDialog
            text={{
              title: t('mentors.rejectTitle', { name: rejecting.mentor.name }),
              hint: t('mentors.rejectHint'),
              label: t('mentors.reason'),
              placeholder: t('mentors.reasonPlaceholder'),
              required: t('mentors.reasonRequired'),
              ok: t('mentors.reject'),
            }}
            danger
            onClose={() => setRejecting(null)}
            onSubmit={async (reason) => {
              const result = await decideOne(rejecting, { approve: false, reason });
              if (result.kind !== 'failed') setRejecting(null);
              return result.kind === 'failed' ? result.message : null;
            }}
          />
        )}
      </Suspense>
    </>
  );
}
