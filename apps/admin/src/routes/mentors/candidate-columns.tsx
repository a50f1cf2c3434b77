import { Button, Popconfirm, Space, Tag, type TableColumnsType } from 'antd';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import { formatDateTime } from '../../shell/date-time';
import { LetterLink } from './letter-link';
import { isRejectable, STATUS_COLOURS, type AppointmentRow } from './mentor-query';
import { WarningTags } from './rule-warnings';
import type { Decision } from './use-decide-mentor';

interface ColumnOptions {
  nameOf: (disciplineCode: string) => string;
  /** The rows this decider approves: CONFIRMED for a university, UNIVERSITY_APPROVED for the office. */
  isApprovable: (row: AppointmentRow) => boolean;
  deciding: boolean;
  onDecide: (row: AppointmentRow, decision: Decision) => unknown;
  onReject: (row: AppointmentRow) => void;
}

/** The columns of a candidates table; `sorter: true` marks what the server sorts by. */
export function useCandidateColumns({ nameOf, isApprovable, deciding, onDecide, onReject }: ColumnOptions): TableColumnsType<AppointmentRow> {
  const { t } = useAdminTranslation();
  const team = (row: AppointmentRow) =>
    row.team.map((m, i) => <div key={i}>{`${m.name}（${t(`degree.${m.degree}`)}，${t(`professionalTitle.${m.title}`)}）`}</div>);

  return [
    { key: 'name', title: t('mentors.name'), sorter: true, render: (_, row) => <NameCell row={row} /> },
    { key: 'discipline', title: t('mentors.discipline'), sorter: true, render: (_, row) => nameOf(row.mentor.disciplineCode) },
    { key: 'researchFields', title: t('mentors.researchFields'), render: (_, row) => row.mentor.researchFields.join('、') },
    { key: 'team', title: t('mentors.team'), render: (_, row) => team(row) },
    { key: 'capacity', title: t('mentors.capacity'), render: (_, row) => row.capacity },
    { key: 'recommendedAt', title: t('mentors.recommendedAt'), sorter: true, render: (_, row) => formatDateTime(row.recommendedAt) },
    { key: 'status', title: t('mentors.status'), sorter: true, render: (_, row) => <StatusCell row={row} /> },
    { key: 'warnings', title: t('mentors.warnings'), render: (_, row) => <WarningTags warnings={row.warnings} /> },
    {
      key: 'actions',
      title: t('mentors.actions'),
      fixed: 'right',
      render: (_, row) => (
        <Space size={0} wrap>
          {isApprovable(row) && (
            <Popconfirm
              title={t('mentors.approveConfirm', { name: row.mentor.name })}
              okText={t('mentors.confirmOk')}
              cancelText={t('mentors.confirmCancel')}
              onConfirm={() => onDecide(row, { approve: true })}
            >
              <Button type="link" size="small" disabled={deciding}>
                {t('mentors.approve')}
              </Button>
            </Popconfirm>
          )}
          {isRejectable(row) && (
            <Button type="link" size="small" danger disabled={deciding} onClick={() => onReject(row)}>
              {t('mentors.reject')}
            </Button>
          )}
          {row.letterNumber && <LetterLink id={row.id} letterNumber={row.letterNumber} />}
        </Space>
      ),
    },
  ];
}

function NameCell({ row }: { row: AppointmentRow }) {
  const { mentor } = row;
  return (
    <>
      <div>{mentor.title ? `${mentor.name}（${mentor.title}）` : mentor.name}</div>
      <div style={{ color: 'rgba(0,0,0,0.45)' }}>{[mentor.university.name, mentor.email].filter(Boolean).join(' ')}</div>
    </>
  );
}

export function StatusCell({ row }: { row: AppointmentRow }) {
  const { t } = useAdminTranslation();
  return (
    <>
      <Tag color={STATUS_COLOURS[row.status]}>{t(`mentorStatus.${row.status}`)}</Tag>
      {row.status === 'REJECTED' && row.rejectionReason && (
        <div style={{ maxWidth: 240, whiteSpace: 'normal' }}>{t('mentors.rejectionReason', { reason: row.rejectionReason })}</div>
      )}
      {row.carriedOverFrom && <div>{t('mentors.carriedOver', { year: row.carriedOverFrom })}</div>}
    </>
  );
}
