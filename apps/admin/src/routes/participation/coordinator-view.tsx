import { useMutation, useQuery } from '@apollo/client/react';
import { AdminParticipationsDocument, AdminSubmitParticipationDocument, CycleSettingsDocument } from '@yingcai/schema';
import { Alert, Descriptions, Flex, Select, Skeleton, Tag } from 'antd';
import { useState, type ReactNode } from 'react';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import { useDescribeFailure } from '../../shell/api-failure';
import { formatDateTime } from '../../shell/date-time';
import { LoadError } from '../../shell/load-error';
import { useSession } from '../../shell/session';
import {
  coordinatorVariables,
  PARTICIPATION_MILESTONE,
  STATUS_COLOURS,
  teamValuesOf,
  toTeamInput,
  type ParticipationRow,
  type TeamValues,
} from './participation-query';
import { violationsOf } from '../../shell/violations';
import { useDescribeViolation } from './rule-violations';
import { TeamSummary } from './team-summary';
import { TeamForm } from './team-form';

interface School {
  id: string;
  name: string;
}

/** A school coordinator's schools: the scopes of their SCHOOL_COORDINATOR grants. */
function useCoordinatedSchools(): School[] {
  const account = useSession();
  return account.roles.flatMap((grant) =>
    grant.role === 'SCHOOL_COORDINATOR' && grant.scopeId ? [{ id: grant.scopeId, name: grant.scopeName ?? grant.scopeId }] : [],
  );
}

/** 本校申请: the coordinator's school's application for the selected cycle (R-SCOPE-3) and its guidance team (R-ORG-2). */
export function CoordinatorView({ year }: { year: number }) {
  const { t } = useAdminTranslation();
  const schools = useCoordinatedSchools();
  const [chosen, setChosen] = useState<string>();
  const school = schools.find((s) => s.id === chosen) ?? schools[0];
  if (!school) return <Alert type="warning" showIcon title={t('participation.noSchool')} />;
  return (
    <>
      {schools.length > 1 && (
        <Select<string>
          aria-label={t('participation.school')}
          value={school.id}
          onChange={setChosen}
          options={schools.map((s) => ({ value: s.id, label: s.name }))}
          style={{ minWidth: 240, marginBottom: 16 }}
        />
      )}
      {/* Another school or cycle is another application: its form starts afresh. */}
      <SchoolApplication key={`${year}:${school.id}`} year={year} school={school} />
    </>
  );
}

type Outcome = { kind: 'submitted' } | { kind: 'violations'; lines: string[] } | { kind: 'failed'; message: string };

function SchoolApplication({ year, school }: { year: number; school: School }) {
  const { t } = useAdminTranslation();
  const describe = useDescribeFailure();
  const describeViolation = useDescribeViolation();
  const participations = useQuery(AdminParticipationsDocument, { variables: coordinatorVariables(year), fetchPolicy: 'cache-and-network' });
  const cycle = useQuery(CycleSettingsDocument, { variables: { year } });
  const [submit, { loading: submitting }] = useMutation(AdminSubmitParticipationDocument);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const rows = participations.data?.participations.rows;
  const disciplines = cycle.data?.cycle.disciplines;
  if (!rows || !disciplines) {
    const error = participations.error ?? cycle.error;
    if (error) {
      const retry = () => void (participations.error ? participations.refetch() : cycle.refetch());
      return <LoadError title={t('participation.loadFailed')} error={error} onRetry={retry} />;
    }
    return <Skeleton active paragraph={{ rows: 8 }} />;
  }
  const row = rows.find((r) => r.school.id === school.id);
  const applyWindow = cycle.data?.cycle.milestones.find((m) => m.key === PARTICIPATION_MILESTONE);

  const onSubmit = async (values: TeamValues) => {
    setOutcome(null);
    try {
      await submit({ variables: { year, schoolId: school.id, team: toTeamInput(values) } });
    } catch (error) {
      // The form keeps every value typed; only the answer changes.
      const violations = violationsOf(error);
      setOutcome(violations ? { kind: 'violations', lines: violations.map(describeViolation) } : { kind: 'failed', message: describe(error) });
      return;
    }
    setOutcome({ kind: 'submitted' });
    void participations.refetch();
  };

  return (
    <Flex vertical gap={16}>
      <ApplicationStatus school={school} row={row} window={applyWindow} />
      {row?.status === 'APPROVED' ? (
        <>
          <Alert type="success" showIcon title={t('participation.approvedHint')} />
          <TeamSummary team={row.team} disciplines={disciplines} />
        </>
      ) : (
        <div>
          <h3 style={{ marginTop: 0 }}>{t('participation.team')}</h3>
          <TeamForm
            disciplines={disciplines}
            initialValues={teamValuesOf(row)}
            submitLabel={row && row.status !== 'DRAFT' ? t('participation.resubmit') : t('participation.submit')}
            submitting={submitting}
            onSubmit={(values) => void onSubmit(values)}
            outcome={outcome && <OutcomeAlert outcome={outcome} />}
          />
        </div>
      )}
    </Flex>
  );
}

function ApplicationStatus({
  school,
  row,
  window,
}: {
  school: School;
  row: ParticipationRow | undefined;
  window: { startsOn: string; endsOn: string } | undefined;
}) {
  const { t } = useAdminTranslation();
  const status = row?.status ?? 'NONE';
  const items: { key: string; label: string; children: ReactNode }[] = [
    { key: 'school', label: t('participation.school'), children: school.name },
    {
      key: 'status',
      label: t('participation.status'),
      children: <Tag color={STATUS_COLOURS[status]}>{t(`participationStatus.${status}`)}</Tag>,
    },
  ];
  if (row && row.status !== 'DRAFT') items.push({ key: 'submittedAt', label: t('participation.submittedAt'), children: formatDateTime(row.submittedAt) });
  if (row?.decidedAt) items.push({ key: 'decidedAt', label: t('participation.decidedAt'), children: formatDateTime(row.decidedAt) });
  return (
    <>
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} items={items} />
      {row?.status === 'REJECTED' && (
        <Alert type="error" showIcon title={t('participation.rejectionReason', { reason: row.rejectionReason ?? '—' })} />
      )}
      {window && <div>{t('participation.window', { startsOn: window.startsOn, endsOn: window.endsOn })}</div>}
    </>
  );
}

function OutcomeAlert({ outcome }: { outcome: Outcome }) {
  const { t } = useAdminTranslation();
  const style = { marginBottom: 16 };
  if (outcome.kind === 'submitted') return <Alert type="success" showIcon role="status" title={t('participation.submitted')} style={style} />;
  if (outcome.kind === 'failed') {
    return <Alert type="error" showIcon role="alert" title={t('participation.submitFailed', { reason: outcome.message })} style={style} />;
  }
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('participation.violationsTitle')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {outcome.lines.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      }
      style={style}
    />
  );
}
