import type { AdminConfirmationBoardFragment } from '@yingcai/schema';
import { Button, Popconfirm, Space, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';

export type DisciplineRow = AdminConfirmationBoardFragment['disciplines'][number];
type Waiting = DisciplineRow['waitlist'][number];

interface ColumnActions {
  busy: boolean;
  /** R-SEL-4: interviewees per admitted student, the cycle's. */
  ratio: number;
  onOffer: (waiting: Waiting) => void;
}

function WaitingList({ t, row, actions }: { t: TFunction<'admin'>; row: DisciplineRow; actions: ColumnActions }) {
  if (row.waitlist.length === 0) return <Typography.Text type="secondary">{t('confirmation.noWaitlist')}</Typography.Text>;
  return (
    <Space direction="vertical" size={4}>
      {row.waitlist.map((waiting) => (
        <Space key={waiting.id} size={8}>
          <span>{waiting.waitlistPosition ?? t('confirmation.noPosition')}. {waiting.applicationNumber} {waiting.name}</span>
          <Popconfirm
            title={t('confirmation.offerConfirm', { name: waiting.name, number: waiting.applicationNumber })}
            okText={t('confirmation.offerOk')}
            onConfirm={() => actions.onOffer(waiting)}
          >
            <Button size="small" disabled={actions.busy || row.offerBlockedBy !== null} aria-label={`${t('confirmation.offer')} ${waiting.name}`}>
              {t('confirmation.offer')}
            </Button>
          </Popconfirm>
        </Space>
      ))}
    </Space>
  );
}

/** 录取确认 per discipline: the replies, the ratio's room (R-SEL-4) and the waiting list with its manual offer. */
export function confirmationColumns(t: TFunction<'admin'>, actions: ColumnActions): TableColumnsType<DisciplineRow> {
  const count = (key: 'interviewees' | 'admitted' | 'confirmed' | 'declined' | 'maxAdmitted') => ({ title: t(`confirmation.${key}`), dataIndex: key, key });
  return [
    { title: t('confirmation.discipline'), dataIndex: 'disciplineName', key: 'discipline' },
    count('interviewees'), count('admitted'), count('confirmed'), count('declined'), count('maxAdmitted'),
    {
      title: t('confirmation.ratioState'),
      key: 'ratio',
      render: (_, row) =>
        row.offerBlockedBy === null
          ? <Typography.Text type="success">{t('confirmation.canOffer')}</Typography.Text>
          : <Typography.Text type="danger">{t('confirmation.offerBlocked', { interviewees: row.interviewees, max: row.maxAdmitted, ratio: actions.ratio })}</Typography.Text>,
    },
    { title: t('confirmation.waitlist'), key: 'waitlist', render: (_, row) => <WaitingList t={t} row={row} actions={actions} /> },
  ];
}
