import { useMutation } from '@apollo/client/react';
import { CYCLE_CONTACT_FIELDS, CYCLE_CONTACT_MAX_LENGTH, CYCLE_SETTING_LIMITS, hasOpened, settingProblems, type CalendarDate, type CycleSettingKey, type CycleSettings } from '@yingcai/domain/cycle';
import { CycleListDocument, CycleSettingsDocument, UpdateCycleDocument } from '@yingcai/schema';
import { Alert, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useAdminTranslation } from '../../../i18n/use-admin-translation';
import { useDescribeFailure } from '../../../shell/api-failure';
import type { SettingsCycle } from './queries';
import { SettingFields } from './setting-fields';

interface EditValues {
  name: string;
  settings: CycleSettings;
  windows: Record<string, [Dayjs, Dayjs]>;
  contact: Record<(typeof CYCLE_CONTACT_FIELDS)[number], string>;
  reason?: string;
}

interface CycleEditDialogProps {
  cycle: SettingsCycle;
  today: CalendarDate;
  onClose: () => void;
  onSaved: () => void;
}

const DATE = 'YYYY-MM-DD';

function initialValues(cycle: SettingsCycle): EditValues {
  const keys = Object.keys(CYCLE_SETTING_LIMITS) as CycleSettingKey[];
  const settings = Object.fromEntries(keys.map((key) => [key, cycle.rules[key]])) as unknown as CycleSettings;
  return {
    name: cycle.name,
    settings,
    windows: Object.fromEntries(cycle.milestones.map((m) => [m.key, [dayjs(m.startsOn), dayjs(m.endsOn)]])),
    contact: Object.fromEntries(CYCLE_CONTACT_FIELDS.map((field) => [field, cycle.contact?.[field] ?? ''])) as EditValues['contact'],
  };
}

/** 修改设置: the cycle's name, every number with its rule ID, every window; a reason once the cycle has opened (issue 11). */
export function CycleEditDialog({ cycle, today, onClose, onSaved }: CycleEditDialogProps) {
  const { t } = useAdminTranslation();
  const describe = useDescribeFailure();
  const [form] = Form.useForm<EditValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UpdateCycleDocument, { refetchQueries: [CycleSettingsDocument, CycleListDocument], awaitRefetchQueries: true });
  const opened = hasOpened(cycle.milestones, today);

  const submit = async (values: EditValues) => {
    setFailure(null);
    if (settingProblems(values.settings).some((p) => p.code === 'WEIGHTS_NOT_ONE')) return setFailure(t('cycle.weightsNotOne'));
    const windows = cycle.milestones.map((m) => {
      const [startsOn, endsOn] = values.windows[m.key]!;
      return { key: m.key, startsOn: startsOn.format(DATE), endsOn: endsOn.format(DATE) };
    });
    try {
      await update({ variables: { cycleId: cycle.id, input: { name: values.name.trim(), settings: values.settings, windows, contact: values.contact }, reason: values.reason?.trim() || null } });
      onSaved();
    } catch (error) {
      setFailure(t('cycle.failed', { reason: describe(error) }));
    }
  };

  return (
    <Modal open width={720} title={t('cycle.editTitle', { year: cycle.year })} okText={t('cycle.save')} cancelText={t('cycle.cancel')} onOk={() => form.submit()} onCancel={onClose} confirmLoading={loading} destroyOnHidden>
      <Form<EditValues> form={form} layout="horizontal" labelCol={{ span: 9 }} requiredMark={false} initialValues={initialValues(cycle)} onFinish={(values) => void submit(values)}>
        <Form.Item name="name" label={t('cycle.name')} rules={[{ required: true, whitespace: true, message: t('cycle.nameRequired') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <SettingFields />
        <Typography.Title level={5}>{t('cycle.windows')}</Typography.Title>
        {cycle.milestones.map((m) => (
          <Form.Item key={m.key} name={['windows', m.key]} label={m.name} rules={[{ required: true, type: 'array' }]}>
            <DatePicker.RangePicker aria-label={m.name} allowClear={false} />
          </Form.Item>
        ))}
        <Typography.Title level={5}>{t('cycle.contact')}</Typography.Title>
        {CYCLE_CONTACT_FIELDS.map((field) => (
          <Form.Item key={field} name={['contact', field]} label={t(`cycle.contactFields.${field}`)}>
            <Input maxLength={CYCLE_CONTACT_MAX_LENGTH} />
          </Form.Item>
        ))}
        <Form.Item
          name="reason"
          label={t('cycle.reason')}
          extra={opened ? t('cycle.reasonHint') : t('cycle.reasonOptional')}
          rules={[{ required: opened, whitespace: true, message: t('cycle.reasonRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={300} />
        </Form.Item>
      </Form>
      {failure && <Alert type="error" showIcon role="alert" title={failure} />}
    </Modal>
  );
}
