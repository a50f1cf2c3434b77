import { useMutation } from '@apollo/client/react';
import { AdminRemindUnfinishedDraftsDocument } from '@yingcai/schema';
import { Alert, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import { useDescribeFailure } from '../../shell/api-failure';
import { useSession } from '../../shell/session';

/** R-APP-4: how many drafts are unfinished, and for the office one button that reminds them all. */
export function DraftReminder({ year, drafts }: { year: number; drafts: number }) {
  const { t } = useAdminTranslation();
  const describe = useDescribeFailure();
  const office = useSession().roles.some((grant) => grant.role === 'OFFICE_STAFF');
  const [remind, { loading }] = useMutation(AdminRemindUnfinishedDraftsDocument);
  const [outcome, setOutcome] = useState<{ type: 'success' | 'error'; text: string } | null>(null);

  const send = async () => {
    try {
      const { data } = await remind({ variables: { year } });
      setOutcome({ type: 'success', text: t('funnel.reminded', { count: data?.remindUnfinishedDrafts ?? 0 }) });
    } catch (error) {
      setOutcome({ type: 'error', text: t('funnel.remindFailed', { reason: describe(error) }) });
    }
  };
  const action = office && drafts > 0 && (
    <Popconfirm title={t('funnel.remindConfirm', { count: drafts })} onConfirm={() => void send()}>
      <Button loading={loading}>{t('funnel.remind')}</Button>
    </Popconfirm>
  );
  return (
    <>
      <Alert type="info" showIcon title={t('funnel.drafts', { count: drafts })} action={action} style={{ marginBottom: 16 }} />
      {outcome && <Alert type={outcome.type} showIcon role="status" title={outcome.text} closable={{ onClose: () => setOutcome(null) }} style={{ marginBottom: 16 }} />}
    </>
  );
}
