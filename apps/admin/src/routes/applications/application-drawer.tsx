import { Descriptions, Drawer, Tag, type DescriptionsProps } from 'antd';
import type { ReactNode } from 'react';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import { formatDateTime } from '../../shell/date-time';
import type { StaffRow } from './application-query';
import { gradeLabel, MentorChoices, StatusCell } from './application-columns';

interface ApplicationDrawerProps {
  row: StaffRow;
  nameOf: (disciplineCode: string) => string;
  /** The flags of the conformity review, already in words; none on the school's screen. */
  flags?: readonly string[];
  /** The decisions open on this application, at the foot of the drawer. */
  actions?: ReactNode;
  onClose: () => void;
}

/** The whole application as staff see it (ID and phone numbers masked), beside the decision. */
export function ApplicationDrawer({ row, nameOf, flags, actions, onClose }: ApplicationDrawerProps) {
  const { t } = useAdminTranslation();
  const none = t('applications.none');
  const or = (value: string | number | null) => (value === null || value === '' ? none : value);
  const items: DescriptionsProps['items'] = [
    { key: 'status', label: t('applications.status'), children: <StatusCell row={row} /> },
    { key: 'submittedAt', label: t('applications.submittedAt'), children: row.submittedAt ? formatDateTime(row.submittedAt) : none },
    { key: 'name', label: t('applications.name'), children: or(row.name) },
    { key: 'gender', label: t('applications.gender'), children: row.gender ? t(`applications.${row.gender}`) : none },
    { key: 'idNumber', label: t('applications.idNumber'), children: or(row.idNumber) },
    { key: 'phone', label: t('applications.phone'), children: or(row.phone) },
    { key: 'school', label: t('applications.school'), children: or(row.schoolName) },
    { key: 'grade', label: t('applications.grade'), children: gradeLabel(t, row.grade) },
    { key: 'className', label: t('applications.className'), children: or(row.className) },
    { key: 'discipline', label: t('applications.discipline'), children: row.disciplineCode ? nameOf(row.disciplineCode) : none },
    { key: 'mentors', label: t('applications.mentors'), children: <MentorChoices row={row} /> },
    { key: 'subjectRank', label: t('applications.subjectRank'), children: or(row.subjectRank) },
    { key: 'overallRank', label: t('applications.overallRank'), children: or(row.overallRank) },
    { key: 'gradeSize', label: t('applications.gradeSize'), children: or(row.gradeSize) },
    { key: 'statement', label: t('applications.statement'), children: <div style={{ whiteSpace: 'pre-wrap' }}>{or(row.statement)}</div> },
  ];
  if (flags) {
    const tags = flags.length ? flags.map((flag) => <Tag key={flag} color="warning" style={{ whiteSpace: 'normal', marginBottom: 4 }}>{flag}</Tag>) : t('review.noFlags');
    items.unshift({ key: 'flags', label: t('review.flags'), children: <div>{tags}</div> });
  }
  return (
    <Drawer open size="large" title={t('applications.detailTitle', { number: row.applicationNumber ?? '', name: row.name ?? '' })} onClose={onClose} footer={actions}>
      <Descriptions column={1} bordered size="small" items={items} />
    </Drawer>
  );
}
