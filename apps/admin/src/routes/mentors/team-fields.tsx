import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Select } from 'antd';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import { DEGREES, PROFESSIONAL_TITLES } from './mentor-form-values';

/** R-MENTOR-4: the mentor's training team, one row per member with degree and title. */
export function TeamFields() {
  const { t } = useAdminTranslation();
  const degrees = DEGREES.map((value) => ({ value, label: t(`degree.${value}`) }));
  const titles = PROFESSIONAL_TITLES.map((value) => ({ value, label: t(`professionalTitle.${value}`) }));
  return (
    <Form.List name="team">
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field, index) => {
            const n = index + 1;
            return (
              <Flex key={field.key} wrap gap={12} align="start">
                <Form.Item name={[field.name, 'name']} rules={[{ required: true, whitespace: true, message: t('mentors.nameRequired') }]} style={{ width: 180 }}>
                  <Input aria-label={t('mentors.memberName', { n })} placeholder={t('mentors.name')} autoComplete="off" maxLength={50} />
                </Form.Item>
                <Form.Item name={[field.name, 'degree']} rules={[{ required: true, message: t('mentors.degree') }]} style={{ width: 120 }}>
                  <Select aria-label={t('mentors.memberDegree', { n })} placeholder={t('mentors.degree')} options={degrees} />
                </Form.Item>
                <Form.Item name={[field.name, 'title']} rules={[{ required: true, message: t('mentors.memberTitleLabel') }]} style={{ width: 120 }}>
                  <Select aria-label={t('mentors.memberTitle', { n })} placeholder={t('mentors.memberTitleLabel')} options={titles} />
                </Form.Item>
                <Button type="text" icon={<MinusCircleOutlined />} aria-label={`${t('mentors.removeMember')} ${n}`} onClick={() => remove(field.name)} />
              </Flex>
            );
          })}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} style={{ marginBottom: 16 }}>
            {t('mentors.addMember')}
          </Button>
          <Form.ErrorList errors={errors} />
        </>
      )}
    </Form.List>
  );
}
