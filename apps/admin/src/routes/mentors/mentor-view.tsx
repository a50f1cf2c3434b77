import { useQuery } from '@apollo/client/react';
import { AdminMentorAppointmentsDocument } from '@yingcai/schema';
import { Alert, Card, Descriptions, Empty, Flex, Skeleton } from 'antd';
import { HONOURS } from '@yingcai/domain/mentors';
import { useState } from 'react';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import { LoadError } from '../../shell/load-error';
import { StatusCell } from './candidate-columns';
import { NoticeAlert, type Notice } from '../../shell/notice-alert';
import { LetterLink } from './letter-link';
import { MentorDataForm } from './mentor-data-form';
import { MentorPhoto } from './mentor-photo';
import { ownVariables, type AppointmentRow } from './mentor-query';
import { MentorSteps } from './mentor-steps';
import { WarningTags } from './rule-warnings';
import { useDisciplines } from '../../shell/use-disciplines';

/** 我的资料: a mentor's own appointment in the selected cycle, where it stands, and their data to complete (R-MENTOR-2). */
export function MentorView({ year }: { year: number }) {
  const { t } = useAdminTranslation();
  const { data, error, refetch } = useQuery(AdminMentorAppointmentsDocument, { variables: ownVariables(year), fetchPolicy: 'cache-and-network' });
  const rows = data?.mentorAppointments.rows;
  if (!rows) return error ? <LoadError title={t('mentors.loadFailed')} error={error} onRetry={() => void refetch()} /> : <Skeleton active />;
  if (rows.length === 0) return <Empty description={t('mentors.noAppointment')} />;
  return (
    <Flex vertical gap={16}>
      {rows.map((row) => (
        <OwnAppointment key={row.id} row={row} year={year} onChanged={() => void refetch()} />
      ))}
    </Flex>
  );
}

function OwnAppointment({ row, year, onChanged }: { row: AppointmentRow; year: number; onChanged: () => void }) {
  const { t } = useAdminTranslation();
  const { nameOf } = useDisciplines(year);
  const [notice, setNotice] = useState<Notice | null>(null);
  const title = `${row.mentor.name} · ${nameOf(row.mentor.disciplineCode)} · ${row.mentor.university.name}`;
  return (
    <Card title={title} extra={row.letterNumber && <LetterLink id={row.id} letterNumber={row.letterNumber} />}>
      <Flex vertical gap={16}>
        <MentorSteps row={row} />
        <MentorPhoto mentor={row.mentor} onUploaded={onChanged} />
        {row.status === 'REJECTED' && <Alert type="error" showIcon title={t('mentors.rejectionReason', { reason: row.rejectionReason ?? '—' })} />}
        {notice && <NoticeAlert notice={notice} onClose={() => setNotice(null)} />}
        {row.status === 'RECOMMENDED' ? <MentorDataForm row={row} onNotice={setNotice} /> : <MentorSummary row={row} />}
      </Flex>
    </Card>
  );
}

/** The data as confirmed, read-only. */
function MentorSummary({ row }: { row: AppointmentRow }) {
  const { t } = useAdminTranslation();
  const honours = HONOURS.filter((h) => row.mentor.honours.includes(h.code)).map((h) => h.name);
  const team = row.team.map((m) => `${m.name}（${t(`degree.${m.degree}`)}，${t(`professionalTitle.${m.title}`)}）`);
  return (
    <>
      {row.status !== 'REJECTED' && row.status !== 'APPROVED' && <Alert type="info" showIcon title={t('mentors.dataFixed')} />}
      <Descriptions
        size="small"
        bordered
        column={1}
        items={[
          { key: 'status', label: t('mentors.status'), children: <StatusCell row={row} /> },
          { key: 'title', label: t('mentors.title'), children: row.mentor.title || '—' },
          { key: 'honours', label: t('mentors.honours'), children: honours.join('、') || '—' },
          { key: 'fields', label: t('mentors.researchFields'), children: row.mentor.researchFields.join('、') || '—' },
          { key: 'profile', label: t('mentors.profile'), children: row.mentor.profile || '—' },
          { key: 'capacity', label: t('mentors.capacity'), children: row.capacity },
          { key: 'team', label: t('mentors.team'), children: team.join('；') || '—' },
          { key: 'warnings', label: t('mentors.warnings'), children: <WarningTags warnings={row.warnings} /> },
        ]}
      />
      {row.letterNumber && <div>{t('mentors.letterNumber', { number: row.letterNumber })}</div>}
    </>
  );
}
