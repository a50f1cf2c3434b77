import { useMutation } from '@apollo/client/react';
import { AdminConfirmMentorDocument, AdminUpdateMentorDataDocument } from '@yingcai/schema';
import { Alert, Button, Flex, Form, Popconfirm } from 'antd';
import { useRef, useState } from 'react';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import type { Notice } from '../../shell/notice-alert';
import { MentorDataFields } from './mentor-data-fields';
import { dataValuesOf, toMentorDataInput, type MentorDataValues } from './mentor-form-values';
import type { AppointmentRow } from './mentor-query';
import { isDataField, useDescribeMentorFailure } from './mentor-rules';

/**
 * R-MENTOR-2: while recommended, the mentor completes their data and confirms it. Confirming saves
 * what was changed first, each request with the version just read, so nothing typed is lost. The
 * notice is the card's: a confirmed appointment shows its summary instead of this form.
 */
export function MentorDataForm({ row, onNotice }: { row: AppointmentRow; onNotice: (notice: Notice | null) => void }) {
  const { t } = useAdminTranslation();
  const [form] = Form.useForm<MentorDataValues>();
  const [update] = useMutation(AdminUpdateMentorDataDocument);
  const [confirm] = useMutation(AdminConfirmMentorDocument);
  const describeFailure = useDescribeMentorFailure();
  const [busy, setBusy] = useState(false);
  const changed = useRef(false);

  /** Saves the form when changed; answers the version to go on with. */
  const save = async (): Promise<number> => {
    if (!changed.current) return row.version;
    const data = toMentorDataInput(await form.validateFields());
    const saved = await update({ variables: { id: row.id, version: row.version, data } });
    changed.current = false;
    return saved.data?.updateMentorData.version ?? row.version;
  };

  const run = async (action: 'save' | 'confirm') => {
    onNotice(null);
    setBusy(true);
    try {
      const version = await save();
      if (action === 'confirm') await confirm({ variables: { id: row.id, version } });
      onNotice({ type: 'success', lines: [t(action === 'confirm' ? 'mentors.confirmed' : 'mentors.dataSaved')] });
    } catch (error) {
      if (isFormError(error)) return; // the form says what is missing
      const failure = describeFailure(error);
      if (isDataField(failure.field)) form.setFields([{ name: failure.field, errors: failure.lines }]);
      const key = action === 'confirm' ? 'mentors.confirmFailed' : 'mentors.saveFailed';
      onNotice({ type: 'error', lines: [t(key, { reason: failure.lines.join(' ') })] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<MentorDataValues> form={form} layout="vertical" initialValues={dataValuesOf(row)} onValuesChange={() => (changed.current = true)} style={{ maxWidth: 760 }}>
      <Alert type="info" showIcon title={t('mentors.confirmHint')} style={{ marginBottom: 16 }} />
      <MentorDataFields />
      <Flex gap={8}>
        <Button onClick={() => void run('save')} loading={busy}>
          {t('mentors.saveData')}
        </Button>
        <Popconfirm title={t('mentors.confirmConfirm')} okText={t('mentors.confirmOk')} cancelText={t('mentors.confirmCancel')} onConfirm={() => run('confirm')}>
          <Button type="primary" loading={busy}>
            {t('mentors.confirm')}
          </Button>
        </Popconfirm>
      </Flex>
    </Form>
  );
}

/** antd's validateFields rejects with `{ errorFields }` when a field is invalid. */
const isFormError = (error: unknown): boolean => typeof error === 'object' && error !== null && 'errorFields' in error;
