import { useMutation } from '@apollo/client/react';
import { AdminRevealObjectorContactDocument } from '@yingcai/schema';
import { Alert, Button, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useAdminTranslation } from '../../../i18n/use-admin-translation';
import { useDescribeFailure } from '../../../shell/api-failure';

/** Issue 23: the objector's contact is shown masked; the whole of it only with a reason, which the audit log keeps. */
export function ObjectorContact({ id, masked, objectorName }: { id: string; masked: string; objectorName: string }) {
  const { t } = useAdminTranslation();
  const describeFailure = useDescribeFailure();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [reveal, { data, loading }] = useMutation(AdminRevealObjectorContactDocument, { fetchPolicy: 'no-cache' });
  const shown = data?.revealObjectorContact;
  if (shown) return <Typography.Text copyable>{shown}</Typography.Text>;
  const send = async () => {
    try {
      await reveal({ variables: { id, reason: reason.trim() } });
      setAsking(false);
    } catch (error) {
      setFailure(t('objections.revealFailed', { reason: describeFailure(error) }));
    }
  };
  return (
    <>
      {masked}{' '}
      <Button type="link" size="small" onClick={() => { setReason(''); setFailure(null); setAsking(true); }}>{t('objections.reveal')}</Button>
      <Modal open={asking} title={t('objections.revealTitle', { name: objectorName })} okText={t('objections.revealSubmit')} onCancel={() => setAsking(false)}
        onOk={() => void send()} okButtonProps={{ disabled: reason.trim() === '', loading }} destroyOnHidden>
        <p>{t('objections.revealHint')}</p>
        {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 12 }} />}
        <Input.TextArea aria-label={t('objections.revealReason')} rows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Modal>
    </>
  );
}
