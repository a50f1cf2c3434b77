import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Select, type FormRule } from 'antd';
import type { ReactNode } from 'react';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import type { TeamValues } from './participation-query';

// Mobile numbers and landlines (0351-1234567); a masked number (138****5678) is not a number.
const PHONE = /^\+?[\d\s()-]{7,20}$/;

interface TeamFormProps {
  /** The cycle's disciplines, for the teachers' discipline (R-ORG-2). */
  disciplines: readonly { code: string; name: string }[];
  initialValues: TeamValues;
  submitLabel: string;
  submitting: boolean;
  onSubmit: (values: TeamValues) => void;
  /** What the last submit came back with, shown above the button. */
  outcome?: ReactNode;
}

/**
 * R-ORG-2: the school's guidance team — a leader who is a school leader, one contact person, guidance
 * teachers by discipline. The form stays mounted whatever the API answers, so nothing typed is lost.
 */
export function TeamForm({ disciplines, initialValues, submitLabel, submitting, onSubmit, outcome }: TeamFormProps) {
  const { t } = useAdminTranslation();
  const [form] = Form.useForm<TeamValues>();
  const required = (message: string): FormRule => ({ required: true, whitespace: true, message });
  const phoneRules = (mustHave: boolean, previousPhone: string | undefined): FormRule[] => [
    {
      required: mustHave || Boolean(previousPhone),
      whitespace: true,
      message: previousPhone ? t('participation.phoneAgain', { masked: previousPhone }) : t('participation.phoneRequired'),
    },
    { pattern: PHONE, message: t('participation.phoneInvalid') },
  ];
  const phonePlaceholder = (previousPhone: string | undefined) =>
    previousPhone ? t('participation.previousPhone', { masked: previousPhone }) : undefined;
  const disciplineOptions = disciplines.map((d) => ({ value: d.code, label: d.name }));

  return (
    <Form<TeamValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={onSubmit}
      scrollToFirstError
      style={{ maxWidth: 880 }}
    >
      <Card size="small" title={t('participation.leader')} style={{ marginBottom: 16 }}>
        <Flex wrap gap={16}>
          <Form.Item name={['leader', 'name']} label={t('participation.name')} rules={[required(t('participation.nameRequired'))]} style={{ width: 200 }}>
            <Input aria-label={t('participation.leaderName')} autoComplete="off" maxLength={50} />
          </Form.Item>
          <Form.Item name={['leader', 'title']} label={t('participation.title')} rules={[required(t('participation.titleRequired'))]} style={{ width: 200 }}>
            <Input aria-label={t('participation.leaderTitle')} placeholder={t('participation.titlePlaceholder')} autoComplete="off" maxLength={50} />
          </Form.Item>
          <Form.Item
            name={['leader', 'phone']}
            label={t('participation.phone')}
            rules={phoneRules(false, initialValues.leader.previousPhone)}
            style={{ width: 240 }}
          >
            <Input aria-label={t('participation.leaderPhone')} placeholder={phonePlaceholder(initialValues.leader.previousPhone)} autoComplete="off" inputMode="tel" />
          </Form.Item>
        </Flex>
      </Card>

      <Card size="small" title={t('participation.contact')} style={{ marginBottom: 16 }}>
        <Flex wrap gap={16}>
          <Form.Item name={['contact', 'name']} label={t('participation.name')} rules={[required(t('participation.nameRequired'))]} style={{ width: 200 }}>
            <Input aria-label={t('participation.contactName')} autoComplete="off" maxLength={50} />
          </Form.Item>
          <Form.Item
            name={['contact', 'phone']}
            label={t('participation.phone')}
            rules={phoneRules(true, initialValues.contact.previousPhone)}
            style={{ width: 240 }}
          >
            <Input aria-label={t('participation.contactPhone')} placeholder={phonePlaceholder(initialValues.contact.previousPhone)} autoComplete="off" inputMode="tel" />
          </Form.Item>
        </Flex>
      </Card>

      <Card size="small" title={t('participation.teachers')} style={{ marginBottom: 16 }}>
        <Form.List
          name="teachers"
          rules={[
            {
              validator: async (_, teachers?: unknown[]) => {
                if (!teachers?.length) throw new Error(t('participation.teachersRequired'));
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field, index) => {
                const n = index + 1;
                const previousPhone = form.getFieldValue(['teachers', field.name, 'previousPhone']) as string | undefined;
                return (
                  <Flex key={field.key} wrap gap={16} align="start">
                    <Form.Item name={[field.name, 'disciplineCode']} rules={[{ required: true, message: t('participation.disciplineRequired') }]} style={{ width: 200 }}>
                      <Select<string>
                        aria-label={t('participation.teacherDiscipline', { n })}
                        placeholder={t('participation.discipline')}
                        options={disciplineOptions}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'name']} rules={[required(t('participation.nameRequired'))]} style={{ width: 200 }}>
                      <Input aria-label={t('participation.teacherName', { n })} placeholder={t('participation.name')} autoComplete="off" maxLength={50} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'phone']} rules={phoneRules(false, previousPhone)} style={{ width: 240 }}>
                      <Input
                        aria-label={t('participation.teacherPhone', { n })}
                        placeholder={phonePlaceholder(previousPhone) ?? t('participation.phone')}
                        autoComplete="off"
                        inputMode="tel"
                      />
                    </Form.Item>
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label={`${t('participation.removeTeacher')} ${n}`}
                      title={t('participation.removeTeacher')}
                      onClick={() => remove(field.name)}
                    />
                  </Flex>
                );
              })}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                {t('participation.addTeacher')}
              </Button>
              <Form.ErrorList errors={errors} />
            </>
          )}
        </Form.List>
      </Card>

      {outcome}
      <Button type="primary" htmlType="submit" loading={submitting}>
        {submitLabel}
      </Button>
    </Form>
  );
}
