import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { AdminDecideParticipationDocument, AdminParticipationsDocument, CycleSettingsDocument, type ParticipationStatus } from '@yingcai/schema';
import { Button, Flex, Popconfirm, Select, Space, Tag, type TableColumnsType } from 'antd';
import { lazy, Suspense, useCallback, useState } from 'react';
import { useAdminTranslation, useCommonTranslation } from '../../i18n/use-admin-translation';
import { failureOf, useDescribeFailure } from '../../shell/api-failure';
import type { DecisionResult } from '../../shell/board-action';
import { BulkApproveButton } from '../../shell/bulk-approve-button';
import { formatDateTime } from '../../shell/date-time';
import { LoadError } from '../../shell/load-error';
import { NoticeAlert, type Notice } from '../../shell/notice-alert';
import { ServerTable } from '../../shell/server-table';
import {
  FILTER_STATUSES,
  FIRST_PAGE,
  officeVariables,
  participationExportUrl,
  STATUS_COLOURS,
  type OfficeView,
  type ParticipationRow,
} from './participation-query';
import { violationsOf } from '../../shell/violations';
import { useDescribeViolation } from './rule-violations';
import { disciplineName, personLine } from './team-summary';

// The reject dialog (antd Modal and Form) loads when someone first rejects, not with the table.
const NoteDialog = lazy(() => import('../../shell/note-dialog').then((m) => ({ default: m.NoteDialog })));

/** Decides one application with the version it was read at; a stale version comes back as CONFLICT. */
function useDecide() {
  const describe = useDescribeFailure();
  const describeViolation = useDescribeViolation();
  const [mutate] = useMutation(AdminDecideParticipationDocument);
  return useCallback(
    async (row: ParticipationRow, decision: { approve: true } | { approve: false; reason: string }): Promise<DecisionResult> => {
      const reason = decision.approve ? {} : { reason: decision.reason };
      try {
        await mutate({ variables: { id: row.id, approve: decision.approve, version: row.version, ...reason } });
        return { kind: 'done' };
      } catch (error) {
        if (failureOf(error).code === 'CONFLICT') return { kind: 'conflict' };
        const violations = violationsOf(error);
        return { kind: 'failed', message: violations ? violations.map(describeViolation).join(' ') : describe(error) };
      }
    },
    [mutate, describe, describeViolation],
  );
}

/** 参与中学 for the office: every school's application of the cycle, paged and filtered by the server; approve or reject. */
export function OfficeTable({ year }: { year: number }) {
  const { t } = useAdminTranslation();
  const { t: tc } = useCommonTranslation();
  const [view, setView] = useState<OfficeView>(FIRST_PAGE);
  const [selected, setSelected] = useState<ParticipationRow[]>([]);
  const [rejecting, setRejecting] = useState<ParticipationRow | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [deciding, setDeciding] = useState(false);
  const decide = useDecide();
  const { data, previousData, loading, error, refetch } = useQuery(AdminParticipationsDocument, {
    variables: officeVariables(year, view),
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  // District and discipline names only make the table easier to read: without them it shows codes.
  const { data: cycleData } = useQuery(CycleSettingsDocument, { variables: { year } });
  const cycle = cycleData?.cycle;
  const page = (data ?? previousData)?.participations;
  const names = (rows: readonly ParticipationRow[]) => rows.map((r) => r.school.name).join(tc('listSeparator'));

  const changeView = (change: Partial<OfficeView>) => {
    setSelected([]);
    setView((current) => ({ ...current, ...change }));
  };
  const afterDecisions = (next: Notice) => {
    setNotice(next);
    setSelected([]);
    void refetch();
  };

  const decideOne = async (row: ParticipationRow, decision: Parameters<typeof decide>[1]): Promise<DecisionResult> => {
    setNotice(null);
    const result = await decide(row, decision);
    const school = row.school.name;
    if (result.kind === 'done') {
      afterDecisions({ type: 'success', lines: [decision.approve ? t('participation.approved', { school }) : t('participation.rejected', { school })] });
    } else if (result.kind === 'conflict') {
      afterDecisions({ type: 'warning', lines: [t('participation.conflict', { school })] });
    } else if (decision.approve) {
      setNotice({ type: 'error', lines: [t('participation.decideFailed', { school, reason: result.message })] });
    }
    return result;
  };

  // One request per school, each with its own version, one after the other; the notice says what became of each.
  const approveSelected = async () => {
    setNotice(null);
    setDeciding(true);
    const done: ParticipationRow[] = [];
    const conflicts: ParticipationRow[] = [];
    const failed: { row: ParticipationRow; message: string }[] = [];
    for (const row of selected) {
      const result = await decide(row, { approve: true });
      if (result.kind === 'done') done.push(row);
      else if (result.kind === 'conflict') conflicts.push(row);
      else failed.push({ row, message: result.message });
    }
    setDeciding(false);
    const lines: string[] = [];
    if (done.length) lines.push(t('participation.bulkSucceeded', { count: done.length, schools: names(done) }));
    if (conflicts.length) lines.push(t('participation.bulkConflicts', { count: conflicts.length, schools: names(conflicts) }));
    if (failed.length) {
      const details = failed.map((f) => t('participation.decideFailed', { school: f.row.school.name, reason: f.message })).join(tc('listSeparator'));
      lines.push(t('participation.bulkFailed', { count: failed.length, details }));
    }
    afterDecisions({ type: conflicts.length || failed.length ? 'warning' : 'success', lines });
  };

  const district = (code: string) => {
    const name = cycle?.districts.find((d) => d.code === code)?.name;
    return name ? `${code} ${name}` : code;
  };

  const columns: TableColumnsType<ParticipationRow> = [
    { key: 'school', title: t('participation.school'), sorter: true, render: (_, row) => row.school.name },
    { key: 'district', title: t('participation.districtCode'), render: (_, row) => district(row.school.districtCode) },
    {
      key: 'status',
      title: t('participation.status'),
      sorter: true,
      render: (_, row) => (
        <>
          <Tag color={STATUS_COLOURS[row.status]}>{t(`participationStatus.${row.status}`)}</Tag>
          {row.status === 'REJECTED' && row.rejectionReason && (
            <div style={{ maxWidth: 240, whiteSpace: 'normal' }}>{t('participation.rejectionReason', { reason: row.rejectionReason })}</div>
          )}
        </>
      ),
    },
    { key: 'submittedAt', title: t('participation.submittedAt'), sorter: true, render: (_, row) => formatDateTime(row.submittedAt) },
    { key: 'leader', title: t('participation.teamLeader'), render: (_, row) => personLine(row.team.leader) },
    { key: 'contact', title: t('participation.teamContact'), render: (_, row) => personLine(row.team.contact) },
    {
      key: 'teachers',
      title: t('participation.teachers'),
      render: (_, row) =>
        row.team.teachers.map((teacher, index) => (
          <div key={index}>
            {t('participation.teacherLine', {
              discipline: disciplineName(cycle?.disciplines ?? [], teacher.disciplineCode),
              person: personLine(teacher.person),
            })}
          </div>
        )),
    },
    {
      key: 'actions',
      title: t('participation.actions'),
      fixed: 'right',
      render: (_, row) =>
        row.status === 'SUBMITTED' && (
          <Space size={0} wrap>
            <Popconfirm
              title={t('participation.approveConfirm', { school: row.school.name })}
              okText={t('participation.confirmOk')}
              cancelText={t('participation.confirmCancel')}
              onConfirm={() => decideOne(row, { approve: true })}
            >
              <Button type="link" size="small" disabled={deciding}>
                {t('participation.approve')}
              </Button>
            </Popconfirm>
            <Button type="link" size="small" danger disabled={deciding} onClick={() => setRejecting(row)}>
              {t('participation.reject')}
            </Button>
          </Space>
        ),
    },
  ];

  return (
    <>
      {notice && <NoticeAlert notice={notice} onClose={() => setNotice(null)} />}
      <Flex wrap gap={8} justify="space-between" style={{ marginBottom: 16 }}>
        <Select<ParticipationStatus>
          aria-label={t('participation.status')}
          placeholder={t('participation.allStatuses')}
          allowClear
          value={view.status}
          onChange={(status) => changeView({ status, page: 1 })}
          options={FILTER_STATUSES.map((value) => ({ value, label: t(`participationStatus.${value}`) }))}
          style={{ width: 160 }}
        />
        <Space wrap>
          <Button icon={<DownloadOutlined />} href={participationExportUrl(year)}>
            {t('participation.exportExcel')}
          </Button>
          <BulkApproveButton
            count={selected.length}
            confirmTitle={t('participation.bulkConfirm', { count: selected.length })}
            busy={deciding}
            onConfirm={approveSelected}
          />
        </Space>
      </Flex>
      {error && !page ? (
        <LoadError title={t('participation.loadFailed')} error={error} onRetry={() => void refetch()} />
      ) : (
        <ServerTable<ParticipationRow>
          rowKey="id"
          columns={columns}
          rows={page?.rows}
          total={page?.total}
          loading={loading || deciding}
          view={view}
          onViewChange={(next) => changeView(next)}
          totalText={(total) => t('participation.total', { total })}
          emptyText={t('participation.empty')}
          rowSelection={{
            selectedRowKeys: selected.map((r) => r.id),
            onChange: (_, rows) => setSelected(rows),
            // Only a submitted application can be decided.
            getCheckboxProps: (row) => ({ disabled: row.status !== 'SUBMITTED', name: row.school.name }),
          }}
        />
      )}
      <Suspense fallback={null}>
        {rejecting && (
          <NoteDialog
            text={{
              title: t('participation.rejectTitle', { school: rejecting.school.name }),
              hint: t('participation.rejectHint'),
              label: t('participation.reason'),
              placeholder: t('participation.reasonPlaceholder'),
              required: t('participation.reasonRequired'),
              ok: t('participation.reject'),
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
