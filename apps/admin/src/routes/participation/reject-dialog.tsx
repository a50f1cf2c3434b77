import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useAdminTranslation } from '../../i18n/use-admin-translation';

interface RejectDialogProps {
  school: string;
  onClose: () => void;
  /** Rejects with the reason; answers the sentence to show when the API refused, or null when done. */
  onReject: (reason: string) => Promise<string | null>;
}

/** 不通过: the office rejects a school's application, always with a reason the school sees (R-SCOPE-3). */
export function RejectDialog({ school, onClose, onReject }: RejectDialogProps) {
  const { t } = useAdminTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const submit = async () => {
    let values: { reason: string };
    try {
      values = await form.validateFields();
    } catch {
      return; // the form says what is missing
    }
    setFailure(null);
    setBusy(true);
    const refused = await onReject(values.reason.trim());
    setBusy(false);
    setFailure(refused);
  };
  return (
    <Modal
      open
      title={t('participation.rejectTitle', { school })}
      okText={t('participation.reject')}
      okButtonProps={{ danger: true }}
      cancelText={t('participation.confirmCancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
    >
      <p>{t('participation.rejectHint')}</p>
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item name="reason" label={t('participation.reason')} rules={[{ required: true, whitespace: true, message: t('participation.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={500} placeholder={t('participation.reasonPlaceholder')} />
        </Form.Item>
      </Form>
      {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginTop: 8 }} />}
    </Modal>
  );
}
