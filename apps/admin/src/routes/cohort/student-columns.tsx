import { Select, Tag, type TableColumnsType } from 'antd';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import type { CohortMentor, CohortStudent } from './cohort-page';

interface ColumnOptions {
  mentors: readonly CohortMentor[];
  nameOf: (code: string) => string;
  busy: boolean;
  onAssign: (student: CohortStudent, mentorId: string) => void;
}

/** The cohort's columns: who the student is, whom they ranked, and the mentor picker (a full mentor cannot be picked). */
export function useStudentColumns({ mentors, nameOf, busy, onAssign }: ColumnOptions): TableColumnsType<CohortStudent> {
  const { t } = useAdminTranslation();
  const options = (student: CohortStudent) =>
    mentors
      .filter((m) => m.disciplineCode === student.disciplineCode)
      .map((m) => ({
        value: m.mentorId,
        label: t('cohort.mentorOption', { name: m.name, taken: m.taken, capacity: m.capacity }),
        disabled: m.taken >= m.capacity && m.mentorId !== student.mentorId,
      }));
  return [
    { key: 'applicationNumber', dataIndex: 'applicationNumber', title: t('cohort.applicationNumber') },
    {
      key: 'name',
      title: t('cohort.name'),
      render: (_, s) => (
        <>
          {s.name}
          {s.consentWithdrawn && <Tag color="error" style={{ marginInlineStart: 8 }}>{t('cohort.consentWithdrawn')}</Tag>}
        </>
      ),
    },
    { key: 'school', dataIndex: 'schoolName', title: t('cohort.school') },
    { key: 'discipline', title: t('cohort.discipline'), render: (_, s) => nameOf(s.disciplineCode) },
    {
      key: 'choices',
      title: t('cohort.choices'),
      render: (_, s) => s.choices.map((c) => t('cohort.choice', { rank: c.rank, name: c.mentorName ?? t('cohort.notApproved') })).join('；'),
    },
    {
      key: 'mentor',
      title: t('cohort.mentor'),
      render: (_, s) => (
        <Select
          aria-label={t('cohort.mentorOf', { name: s.name })}
          style={{ minWidth: 200 }}
          placeholder={t('cohort.noMentor')}
          value={s.mentorId ?? undefined}
          options={options(s)}
          disabled={busy}
          onChange={(mentorId: string) => onAssign(s, mentorId)}
        />
      ),
    },
  ];
}
