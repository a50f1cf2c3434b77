import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useAdminTranslation } from '../../i18n/use-admin-translation';

interface RejectDialogProps {
  name: string;
  onClose: () => void;
  /** Rejects with the reason; answers the sentence to show when the API refused, or null when done. */
  onReject: (reason: string) => Promise<string | null>;
}

/** 不通过 (R-MENTOR-2): the university or the office rejects a candidate, always with a reason the candidate sees. */
export function RejectDialog({ name, onClose, onReject }: RejectDialogProps) {
  const { t } = useAdminTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const submit = async ({ reason }: { reason: string }) => {
    setFailure(null);
    setBusy(true);
    const refused = await onReject(reason.trim());
    setBusy(false);
    setFailure(refused);
  };
  return (
    <Modal
      open
      title={t('mentors.rejectTitle', { name })}
      okText={t('mentors.reject')}
      okButtonProps={{ danger: true }}
      cancelText={t('mentors.confirmCancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
    >
      <p>{t('mentors.rejectHint')}</p>
      <Form form={form} layout="vertical" requiredMark={false} onFinish={(values) => void submit(values)}>
        <Form.Item name="reason" label={t('mentors.reason')} rules={[{ required: true, whitespace: true, message: t('mentors.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={500} placeholder={t('mentors.reasonPlaceholder')} />
        </Form.Item>
      </Form>
      {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginTop: 8 }} />}
    </Modal>
  );
}
