import { useMutation } from '@apollo/client/react';
import { MAX_SCHOOL_NAME_LENGTH } from '@yingcai/domain/schools';
import { AdminCreateSchoolDocument, AdminUpdateSchoolDocument, type SchoolInput } from '@yingcai/schema';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useAdminTranslation } from '../../../i18n/use-admin-translation';
import { failureOf, useDescribeFailure } from '../../../shell/api-failure';
import { OWNERSHIPS, SCHOOL_TYPES, type SchoolRow } from './schools-query';

interface SchoolDialogProps {
  /** The school to edit; none to add one. */
  school?: SchoolRow;
  districts: readonly { code: string; name: string }[];
  onClose: () => void;
  onDone: (notice: string) => void;
}

/** 新增 / 编辑学校: the same checks as the API's (name required, at most 200 characters; a district of the table). */
export function SchoolDialog({ school, districts, onClose, onDone }: SchoolDialogProps) {
  const { t } = useAdminTranslation();
  const describe = useDescribeFailure();
  const [form] = Form.useForm<SchoolInput>();
  const [failure, setFailure] = useState<string | null>(null);
  const [create, created] = useMutation(AdminCreateSchoolDocument);
  const [update, updated] = useMutation(AdminUpdateSchoolDocument);

  const submit = async () => {
    let values: SchoolInput;
    try {
      values = await form.validateFields();
    } catch {
      return; // the form says what is missing
    }
    const input = { ...values, name: values.name.trim() };
    setFailure(null);
    try {
      if (school) await update({ variables: { id: school.id, input } });
      else await create({ variables: { input } });
      onDone(t(school ? 'schools.updated' : 'schools.created', { name: input.name }));
    } catch (error) {
      setFailure(failureOf(error).code === 'CONFLICT' ? t('schools.duplicate', { name: input.name }) : describe(error));
    }
  };

  return (
    <Modal
      open
      title={school ? t('schools.editTitle', { name: school.name }) : t('schools.createTitle')}
      okText={t('schools.save')}
      cancelText={t('schools.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={created.loading || updated.loading}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={school ? { name: school.name, districtCode: school.districtCode, schoolType: school.schoolType, ownership: school.ownership } : { schoolType: 'SENIOR_HIGH', ownership: 'PUBLIC' }}
      >
        <Form.Item
          name="name"
          label={t('schools.name')}
          rules={[
            { required: true, whitespace: true, message: t('schools.nameRequired') },
            { max: MAX_SCHOOL_NAME_LENGTH, message: t('schools.nameTooLong', { max: MAX_SCHOOL_NAME_LENGTH }) },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="districtCode" label={t('schools.district')} rules={[{ required: true, message: t('schools.districtRequired') }]}>
          <Select options={districts.map((d) => ({ value: d.code, label: `${d.name}（${d.code}）` }))} />
        </Form.Item>
        <Form.Item name="schoolType" label={t('schools.schoolType')} rules={[{ required: true, message: t('schools.typeRequired') }]}>
          <Select options={SCHOOL_TYPES.map((value) => ({ value, label: t(`schoolType.${value}`) }))} />
        </Form.Item>
        <Form.Item name="ownership" label={t('schools.ownership')} rules={[{ required: true, message: t('schools.ownershipRequired') }]}>
          <Select options={OWNERSHIPS.map((value) => ({ value, label: t(`ownership.${value}`) }))} />
        </Form.Item>
      </Form>
      {failure && <Alert type="error" showIcon role="alert" title={failure} />}
    </Modal>
  );
}
