import { useMutation } from '@apollo/client/react';
import { AdminCreateInterviewSlotDocument, AdminUpdateInterviewSlotDocument, type AdminInterviewSlotFragment } from '@yingcai/schema';
import { Alert, DatePicker, Form, Input, InputNumber, Modal, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import { failureOf, useDescribeFailure } from '../../shell/api-failure';
import { formatDateTime } from '../../shell/date-time';

interface SlotValues {
  day: Dayjs;
  hours: [Dayjs, Dayjs];
  place?: string;
  onlineLink?: string;
  capacity: number;
}

/** A day and an hh:mm typed as Beijing time, as the instant the API stores, whatever the browser's zone. */
export const beijingInstant = (day: Dayjs, time: Dayjs): string => new Date(`${day.format('YYYY-MM-DD')}T${time.format('HH:mm')}:00+08:00`).toISOString();

/** The form's values of a stored slot, read back in Beijing time. */
function valuesOf(slot: AdminInterviewSlotFragment): SlotValues {
  const [startDay, startTime] = formatDateTime(slot.startsAt).split(' ');
  const endTime = formatDateTime(slot.endsAt).split(' ')[1];
  const clock = (hhmm: string | undefined) => dayjs(`2000-01-01T${hhmm}:00`);
  return { day: dayjs(startDay), hours: [clock(startTime), clock(endTime)], place: slot.place ?? '', onlineLink: slot.onlineLink ?? '', capacity: slot.capacity };
}

interface SlotDialogProps {
  year: number;
  disciplineCode: string;
  /** The slot to edit; none to open a new one. */
  slot: AdminInterviewSlotFragment | null;
  onClose: () => void;
  onSaved: (slot: AdminInterviewSlotFragment, moved: boolean) => void;
  /** A stale version: someone else changed the slot first. */
  onConflict: () => void;
}

/** 新增 / 编辑面试场次 (R-SEL-5): a day, hours in Beijing time, a place or an online link, and the places. */
export function SlotDialog({ year, disciplineCode, slot, onClose, onSaved, onConflict }: SlotDialogProps) {
  const { t } = useAdminTranslation();
  const describe = useDescribeFailure();
  const [form] = Form.useForm<SlotValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [create, { loading: creating }] = useMutation(AdminCreateInterviewSlotDocument);
  const [update, { loading: updating }] = useMutation(AdminUpdateInterviewSlotDocument);

  const save = async () => {
    let values: SlotValues;
    try {
      values = await form.validateFields();
    } catch {
      return; // the form says what is missing
    }
    setFailure(null);
    const input = {
      startsAt: beijingInstant(values.day, values.hours[0]), endsAt: beijingInstant(values.day, values.hours[1]),
      place: values.place?.trim() || null, onlineLink: values.onlineLink?.trim() || null, capacity: values.capacity,
    };
    try {
      if (slot) {
        const result = await update({ variables: { id: slot.id, version: slot.version, input } });
        const saved = result.data!.updateInterviewSlot;
        onSaved(saved, slot.assigned > 0 && (saved.startsAt !== slot.startsAt || saved.endsAt !== slot.endsAt || saved.place !== slot.place || saved.onlineLink !== slot.onlineLink));
      } else {
        const result = await create({ variables: { year, disciplineCode, input } });
        onSaved(result.data!.createInterviewSlot, false);
      }
    } catch (error) {
      if (failureOf(error).code === 'CONFLICT') return onConflict();
      setFailure(t('interviews.failed', { reason: describe(error) }));
    }
  };

  const placeOrLink = ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
    validator: () => (String(getFieldValue('place') ?? '').trim() || String(getFieldValue('onlineLink') ?? '').trim()
      ? Promise.resolve() : Promise.reject(new Error(t('interviews.placeOrLink')))),
  });

  return (
    <Modal
      open
      title={slot ? t('interviews.dialogEdit') : t('interviews.dialogNew')}
      okText={t('interviews.save')}
      cancelText={t('interviews.cancel')}
      onOk={() => void save()}
      onCancel={onClose}
      confirmLoading={creating || updating}
      destroyOnHidden
    >
      <Form<SlotValues> form={form} layout="vertical" requiredMark={false} initialValues={slot ? valuesOf(slot) : { capacity: 10 }}>
        <Form.Item name="day" label={t('interviews.day')} rules={[{ required: true, message: t('interviews.dayRequired') }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="hours" label={t('interviews.hours')} rules={[{ required: true, message: t('interviews.hoursRequired') }]}>
          <TimePicker.RangePicker format="HH:mm" minuteStep={5} />
        </Form.Item>
        <Form.Item name="place" label={t('interviews.place')} dependencies={['onlineLink']} rules={[placeOrLink]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="onlineLink" label={t('interviews.onlineLink')} rules={[{ type: 'url', message: t('interviews.linkInvalid') }, { pattern: /^https?:\/\//, message: t('interviews.linkInvalid') }]}>
          <Input maxLength={500} placeholder="https://" />
        </Form.Item>
        <Form.Item name="capacity" label={t('interviews.capacity')} rules={[{ required: true, type: 'integer', min: 1, max: 200, message: t('interviews.capacityRequired') }]}>
          <InputNumber min={1} max={200} />
        </Form.Item>
      </Form>
      {failure && <Alert type="error" showIcon role="alert" title={failure} />}
    </Modal>
  );
}
