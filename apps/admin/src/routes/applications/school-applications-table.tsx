import { useQuery } from '@apollo/client/react';
import { AdminSchoolApplicationsDocument } from '@yingcai/schema';
import { Button, Flex, Space, type TableColumnsType } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import { LoadError } from '../../shell/load-error';
import { NoticeAlert, type Notice } from '../../shell/notice-alert';
import { ServerTable } from '../../shell/server-table';
import { useDisciplines } from '../../shell/use-disciplines';
import { useApplicationColumns } from './application-columns';
import { ApplicationFilters } from './application-filters';
import { SCHOOL_STATUSES, schoolVariables, type StaffRow } from './application-query';
import { useApplicationView } from './use-application-view';
import { useRecommend, type Decision } from './use-decisions';
import type { DecisionResult } from '../../shell/board-action';

// The drawer and the note dialog load when first opened, not with the table.
const ApplicationDrawer = lazy(() => import('./application-drawer').then((m) => ({ default: m.ApplicationDrawer })));
const NoteDialog = lazy(() => import('../../shell/note-dialog').then((m) => ({ default: m.NoteDialog })));

interface SchoolApplicationsTableProps {
  year: number;
  /** The office reads every school's list with a school filter; a coordinator decides on their own. */
  office: boolean;
  coordinator: boolean;
}

/** 学校推荐 (R-APP-4): the submitted applications, recommended or declined (with a note) by the school by its deadline. */
export function SchoolApplicationsTable({ year, office, coordinator }: SchoolApplicationsTableProps) {
  const { t } = useAdminTranslation();
  const { view, turn, filter } = useApplicationView(SCHOOL_STATUSES);
  const { data, previousData, loading, error, refetch } = useQuery(AdminSchoolApplicationsDocument, {
    variables: schoolVariables(year, view),
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const { disciplines, nameOf } = useDisciplines(year);
  const recommend = useRecommend();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [open, setOpen] = useState<StaffRow | null>(null);
  const [noting, setNoting] = useState<{ row: StaffRow; recommend: boolean } | null>(null);
  const page = (data ?? previousData)?.schoolApplications;
  const label = (row: StaffRow) => ({ number: row.applicationNumber ?? '', name: row.name ?? '' });

  const decide = async (row: StaffRow, decision: Decision): Promise<DecisionResult> => {
    setNotice(null);
    const result = await recommend(row, decision);
    if (result.kind === 'failed') return result;
    const line = result.kind === 'conflict' ? 'schoolRecommendation.conflict' : decision.yes ? 'schoolRecommendation.recommended' : 'schoolRecommendation.declined';
    setNotice({ type: result.kind === 'done' ? 'success' : 'warning', lines: [t(line, label(row))] });
    setOpen(null);
    // The row stays, with its new status or the one someone else gave it.
    void refetch();
    return result;
  };

  const actions = (row: StaffRow) =>
    coordinator && row.status === 'SUBMITTED' ? (
      <Space size={0} wrap>
        <Button type="link" size="small" onClick={() => setNoting({ row, recommend: true })}>
          {t('schoolRecommendation.recommend')}
        </Button>
        <Button type="link" size="small" danger onClick={() => setNoting({ row, recommend: false })}>
          {t('schoolRecommendation.decline')}
        </Button>
      </Space>
    ) : null;

  const columns: TableColumnsType<StaffRow> = [
    ...useApplicationColumns({ nameOf, onOpen: setOpen }),
    ...(coordinator ? [{ key: 'actions', title: t('applications.actions'), fixed: 'right' as const, render: (_: unknown, row: StaffRow) => actions(row) }] : []),
  ];

  return (
    <>
      {notice && <NoticeAlert notice={notice} onClose={() => setNotice(null)} />}
      <Flex wrap gap={8} style={{ marginBottom: 16 }}>
        <ApplicationFilters
          view={view}
          statuses={SCHOOL_STATUSES}
          statusPlaceholder={t('applications.allStatuses')}
          disciplines={disciplines ?? []}
          bySchool={office}
          byFlags={false}
          onFilter={filter}
        />
      </Flex>
      {error && !page ? (
        <LoadError title={t('applications.loadFailed')} error={error} onRetry={() => void refetch()} />
      ) : (
        <ServerTable<StaffRow>
          rowKey="id"
          columns={columns}
          rows={page?.rows}
          total={page?.total}
          loading={loading}
          view={view}
          onViewChange={turn}
          totalText={(total) => t('applications.total', { total })}
          emptyText={t('schoolRecommendation.empty')}
        />
      )}
      <Suspense fallback={null}>
        {open && <ApplicationDrawer row={open} nameOf={nameOf} actions={actions(open)} onClose={() => setOpen(null)} />}
        {noting && (
          <NoteDialog
            danger={!noting.recommend}
            text={{
              title: t(noting.recommend ? 'schoolRecommendation.recommendTitle' : 'schoolRecommendation.declineTitle', label(noting.row)),
              hint: t(noting.recommend ? 'schoolRecommendation.recommendHint' : 'schoolRecommendation.declineHint'),
              label: t('schoolRecommendation.note'),
              placeholder: noting.recommend ? undefined : t('schoolRecommendation.notePlaceholder'),
              required: noting.recommend ? undefined : t('schoolRecommendation.noteRequired'),
              ok: t(noting.recommend ? 'schoolRecommendation.recommend' : 'schoolRecommendation.decline'),
            }}
            onClose={() => setNoting(null)}
            onSubmit={async (note) => {
              const decision: Decision = noting.recommend ? { yes: true, note } : { yes: false, note };
              const result = await decide(noting.row, decision);
              if (result.kind !== 'failed') setNoting(null);
              return result.kind === 'failed' ? result.message : null;
            }}
          />
        )}
      </Suspense>
    </>
  );
}
