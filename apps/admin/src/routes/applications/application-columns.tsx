import { Button, Tag, type TableColumnsType } from 'antd';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import { formatDateTime } from '../../shell/date-time';
import { byRank, STATUS_COLOURS, type StaffRow } from './application-query';

type AdminT = ReturnType<typeof useAdminTranslation>['t'];

/** 高一, 高二, or the number the applicant gave. */
export function gradeLabel(t: AdminT, grade: number | null): string {
  if (grade === 10) return t('applications.grade10');
  if (grade === 11) return t('applications.grade11');
  return grade === null ? t('applications.none') : t('applications.gradeOther', { grade });
}

/** "第1志愿：王老师", one line per choice, rank 1 first. */
export function MentorChoices({ row }: { row: StaffRow }) {
  const { t } = useAdminTranslation();
  return byRank(row).map((m) => <div key={m.mentorId}>{t('applications.mentorChoice', { rank: m.rank, name: m.name ?? t('applications.mentorUnknown') })}</div>);
}

/** The status, with the school's note or the office's reason the applicant also sees. */
export function StatusCell({ row }: { row: StaffRow }) {
  const { t } = useAdminTranslation();
  const note = row.schoolNote && t('applications.schoolNoteLine', { note: row.schoolNote });
  const reason = row.reviewReason && t('applications.reviewReasonLine', { reason: row.reviewReason });
  return (
    <>
      <Tag color={STATUS_COLOURS[row.status]}>{t(`applicationStatus.${row.status}`)}</Tag>
      {[note, reason].filter(Boolean).map((line) => (
        <div key={line!} style={{ maxWidth: 240, whiteSpace: 'normal' }}>{line}</div>
      ))}
    </>
  );
}

interface ColumnOptions {
  nameOf: (disciplineCode: string) => string;
  /** Opens the whole application in the drawer. */
  onOpen: (row: StaffRow) => void;
}

/** The columns both staff lists share; `sorter: true` marks what the server sorts by. */
export function useApplicationColumns({ nameOf, onOpen }: ColumnOptions): TableColumnsType<StaffRow> {
  const { t } = useAdminTranslation();
  const none = t('applications.none');
  return [
    {
      key: 'applicationNumber',
      title: t('applications.applicationNumber'),
      sorter: true,
      render: (_, row) => (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onOpen(row)}>
          {row.applicationNumber ?? none}
        </Button>
      ),
    },
    { key: 'name', title: t('applications.name'), render: (_, row) => row.name ?? none },
    { key: 'school', title: t('applications.school'), render: (_, row) => row.schoolName ?? none },
    { key: 'grade', title: t('applications.grade'), sorter: true, render: (_, row) => `${gradeLabel(t, row.grade)} ${row.className ?? ''}`.trim() },
    { key: 'discipline', title: t('applications.discipline'), sorter: true, render: (_, row) => (row.disciplineCode ? nameOf(row.disciplineCode) : none) },
    { key: 'mentors', title: t('applications.mentors'), render: (_, row) => <MentorChoices row={row} /> },
    {
      key: 'ranks',
      title: t('applications.ranks'),
      render: (_, row) => t('applications.rankLine', { subject: row.subjectRank ?? none, overall: row.overallRank ?? none, size: row.gradeSize ?? none }),
    },
    { key: 'submittedAt', title: t('applications.submittedAt'), sorter: true, render: (_, row) => (row.submittedAt ? formatDateTime(row.submittedAt) : none) },
    { key: 'status', title: t('applications.status'), sorter: true, render: (_, row) => <StatusCell row={row} /> },
  ];
}
