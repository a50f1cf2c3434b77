import { useMutation, useQuery } from '@apollo/client/react';
import { AdminAssignMentorDocument, AdminCohortDocument, AdminProposeMentorAssignmentsDocument, type AdminCohortFragment } from '@yingcai/schema';
import { Alert, Button, Empty, Flex, Table, Typography } from 'antd';
import { useState } from 'react';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import { failureOf, useDescribeFailure } from '../../shell/api-failure';
import type { Outcome } from '../../shell/board-action';
import { useCycleSelection } from '../../shell/cycle-selection';
import { LoadError } from '../../shell/load-error';
import { useDisciplines } from '../../shell/use-disciplines';
import { useStudentColumns } from './student-columns';

export type CohortStudent = AdminCohortFragment['students'][number];
export type CohortMentor = AdminCohortFragment['mentors'][number];

/** 学员与导师 (R-APP-3): the cycle's students, each confirmed admission, and the mentor the office gives each (issue 11). */
export function CohortPage() {
  const { year, cycleId } = useCycleSelection();
  return year === undefined || cycleId === undefined ? null : <CohortOfCycle key={cycleId} year={year} cycleId={cycleId} />;
}

function CohortOfCycle({ year, cycleId }: { year: number; cycleId: string }) {
  const { t } = useAdminTranslation();
  const describe = useDescribeFailure();
  const { nameOf } = useDisciplines(year);
  const { data, error, refetch } = useQuery(AdminCohortDocument, { variables: { cycleId }, fetchPolicy: 'cache-and-network' });
  // A cohort has no id of its own for the cache to update: the page reads it again after each change.
  const reload = { refetchQueries: [AdminCohortDocument], awaitRefetchQueries: true };
  const [propose, proposing] = useMutation(AdminProposeMentorAssignmentsDocument, reload);
  const [assign, assigning] = useMutation(AdminAssignMentorDocument, reload);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const cohort = data?.cohort;

  const failed = (error: unknown): Outcome => {
    const { code } = failureOf(error);
    if (code === 'CONFLICT') void refetch();
    if (code === 'RULE_VIOLATION') return { ok: false, conflict: false, message: t('cohort.refused') };
    return { ok: false, conflict: code === 'CONFLICT', message: code === 'CONFLICT' ? t('cohort.conflict') : t('cohort.failed', { reason: describe(error) }) };
  };
  const settle = async (send: () => Promise<AdminCohortFragment | undefined>, done: (after: AdminCohortFragment) => string) => {
    setOutcome(null);
    try {
      const after = await send();
      if (after) setOutcome({ ok: true, message: done(after) });
    } catch (caught) {
      setOutcome(failed(caught));
    }
  };
  const onAssign = (student: CohortStudent, mentorId: string) =>
    void settle(async () => (await assign({ variables: { studentId: student.id, version: student.version, mentorId } })).data?.assignMentor, () => t('cohort.assigned', { name: student.name }));
  const onPropose = () =>
    void settle(async () => (await propose({ variables: { cycleId } })).data?.proposeMentorAssignments, (after) => t('cohort.proposed', { left: after.unassigned }));
  const columns = useStudentColumns({ mentors: cohort?.mentors ?? [], nameOf, busy: assigning.loading, onAssign });

  if (error && !cohort) return <LoadError title={t('cohort.loadFailed')} error={error} onRetry={() => void refetch()} />;
  if (cohort && cohort.students.length === 0) return <Empty description={t('cohort.empty')} />;
  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{t('cohort.hint')}</Typography.Paragraph>
      {outcome && <Alert type={outcome.ok ? 'success' : 'error'} showIcon role={outcome.ok ? 'status' : 'alert'} title={outcome.message} closable={{ onClose: () => setOutcome(null) }} />}
      <div>
        <Button type="primary" onClick={onPropose} loading={proposing.loading} disabled={!cohort || cohort.unassigned === 0}>
          {t('cohort.propose', { count: cohort?.unassigned ?? 0 })}
        </Button>
      </div>
      <Table<CohortStudent> rowKey="id" size="middle" loading={!cohort} columns={columns} dataSource={cohort?.students ?? []} pagination={{ pageSize: 50, hideOnSinglePage: true }} scroll={{ x: 'max-content' }} />
      <MentorPlaces mentors={cohort?.mentors ?? []} nameOf={nameOf} />
    </Flex>
  );
}

function MentorPlaces({ mentors, nameOf }: { mentors: readonly CohortMentor[]; nameOf: (code: string) => string }) {
  const { t } = useAdminTranslation();
  return (
    <Table<CohortMentor>
      rowKey="mentorId"
      size="small"
      title={() => t('cohort.mentorPlaces')}
      pagination={false}
      dataSource={[...mentors]}
      columns={[
        { key: 'name', dataIndex: 'name', title: t('cohort.mentor') },
        { key: 'discipline', title: t('cohort.discipline'), render: (_, m) => nameOf(m.disciplineCode) },
        { key: 'places', title: t('cohort.places'), render: (_, m) => t('cohort.placesValue', { taken: m.taken, capacity: m.capacity }) },
      ]}
    />
  );
}
