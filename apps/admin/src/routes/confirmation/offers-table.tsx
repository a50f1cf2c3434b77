import type { AdminConfirmationBoardFragment } from '@yingcai/schema';
import { Table, Typography } from 'antd';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import { formatDateTime } from '../../shell/date-time';

type Offer = AdminConfirmationBoardFragment['offers'][number];

/** R-SEL-4: every freed or manually offered place, who got it, or why nobody did. */
export function OffersTable({ offers, disciplineName }: { offers: Offer[]; disciplineName: (code: string) => string }) {
  const { t } = useAdminTranslation();
  const unfilledText = (code: string | null) =>
    code === null ? '—' : code === 'WAITLIST_EMPTY' ? t('confirmation.emptyList') : code === 'R-SEL-4' ? t('confirmation.unfilledRatio') : t('confirmation.unfilledOther');
  return (
    <Table<Offer>
      rowKey="id"
      size="small"
      title={() => <Typography.Title level={5} style={{ margin: 0 }}>{t('confirmation.offers')}</Typography.Title>}
      locale={{ emptyText: t('confirmation.noOffers') }}
      dataSource={offers}
      pagination={false}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: t('confirmation.at'), key: 'at', render: (_, o) => formatDateTime(o.createdAt) },
        { title: t('confirmation.discipline'), key: 'discipline', render: (_, o) => disciplineName(o.disciplineCode) },
        { title: t('confirmation.vacatedBy'), key: 'vacatedBy', render: (_, o) => o.vacatedBy ?? t('confirmation.manual') },
        { title: t('confirmation.offeredTo'), key: 'offeredTo', render: (_, o) => (o.offeredTo ? `${o.offeredTo} ${o.offeredToName ?? ''}` : '—') },
        { title: t('confirmation.replyBy'), dataIndex: 'replyBy', key: 'replyBy', render: (value: string | null) => value ?? '—' },
        {
          title: t('confirmation.unfilled'),
          key: 'unfilled',
          render: (_, o) => unfilledText(o.unfilled),
        },
      ]}
    />
  );
}
