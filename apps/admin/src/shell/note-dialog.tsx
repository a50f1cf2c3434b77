import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useAdminTranslation } from '../i18n/use-admin-translation';

export interface NoteDialogText {
  title: string;
  hint: string;
  label: string;
  placeholder?: string;
  /** Said under the field when a required note is left empty. */
  required?: string;
  ok: string;
}

interface NoteDialogProps {
  text: NoteDialogText;
  danger?: boolean;
  onClose: () => void;
  /** Sends the decision with the note; answers the sentence to show when the API refused, or null when done. */
  onSubmit: (note: string) => Promise<string | null>;
}

/**
 * A decision with a note or reason the other side sees: required to reject (R-SCOPE-3, R-MENTOR-2, R-SEL-1) or
 * decline (R-APP-4), optional to recommend.
 */
export function NoteDialog({ text, danger, onClose, onSubmit }: NoteDialogProps) {
  const { t } = useAdminTranslation();
  const [form] = Form.useForm<{ note?: string }>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const submit = async () => {
    let values: { note?: string };
    try {
      values = await form.validateFields();
    } catch {
      return; // the form says what is missing
    }
    setFailure(null);
    setBusy(true);
    const refused = await onSubmit((values.note ?? '').trim());
    setBusy(false);
    setFailure(refused);
  };
  const rules = text.required ? [{ required: true, whitespace: true, message: text.required }] : [];
  return (
    <Modal
      open
      title={text.title}
      okText={text.ok}
      okButtonProps={{ danger }}
      cancelText={t('table.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
    >
      <p>{text.hint}</p>
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item name="note" label={text.label} rules={rules}>
          <Input.TextArea rows={3} maxLength={500} placeholder={text.placeholder} />
        </Form.Item>
      </Form>
      {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginTop: 8 }} />}
    </Modal>
  );
}
