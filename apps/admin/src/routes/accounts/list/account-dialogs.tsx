import { useMutation } from '@apollo/client/react';
import {
  AdminInviteStaffDocument,
  AdminMeDocument,
  AdminRevealAccountContactDocument,
  AdminSetAccountDisabledDocument,
  AdminSetAccountRolesDocument,
} from '@yingcai/schema';
import { Alert, Button, Descriptions, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useAdminTranslation } from '../../../i18n/use-admin-translation';
import { useDescribeFailure } from '../../../shell/api-failure';
import { formatDateTime } from '../../../shell/date-time';
import { useSession } from '../../../shell/session';
import type { AccountRow } from './accounts-query';
import { grantValuesOf, GrantsField, toGrantInputs, type GrantValue } from './grants-field';

interface DialogProps {
  onClose: () => void;
  /** After a change the server accepted, with the sentence that says so: the page refreshes its rows. */
  onDone: (notice: string) => void;
}

/** A modal form's submit: validate, call, and keep the API's sentence for the modal when it fails. */
function useSubmit() {
  const describe = useDescribeFailure();
  const [failure, setFailure] = useState<string | null>(null);
  const run = async (action: () => Promise<void>) => {
    setFailure(null);
    try {
      await action();
    } catch (error) {
      setFailure(describe(error));
    }
  };
  const alert = failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginTop: 8 }} />;
  return { run, alert };
}

/** antd rejects validateFields when a rule fails; the form shows why, so there is nothing more to do. */
async function validated<T>(validate: () => Promise<T>): Promise<T | null> {
  try {
    return await validate();
  } catch {
    return null;
  }
}

const reasonRules = (required: string, min?: string) => [
  { required: true, whitespace: true, message: required },
  ...(min ? [{ validator: async (_: unknown, value?: string) => { if (value && value.trim().length < 2) throw new Error(min); } }] : []),
];

interface InviteValues {
  email: string;
  displayName: string;
  grants: GrantValue[];
}

/** 邀请工作人员: e-mail, name and roles; the API sends a 72-hour link. */
export function InviteDialog({ onClose, onDone }: DialogProps) {
  const { t } = useAdminTranslation();
  const [form] = Form.useForm<InviteValues>();
  const [invite, { loading }] = useMutation(AdminInviteStaffDocument);
  const { run, alert } = useSubmit();
  const submit = async () => {
    const values = await validated(() => form.validateFields());
    if (!values) return;
    await run(async () => {
      const input = { email: values.email.trim(), displayName: values.displayName.trim(), roles: toGrantInputs(values.grants) };
      const { data } = await invite({ variables: { input } });
      if (!data) return;
      onDone(t('invite.sent', { email: data.inviteStaff.email, expiresAt: formatDateTime(data.inviteStaff.expiresAt) }));
    });
  };
  return (
    <Modal open title={t('invite.title')} okText={t('invite.submit')} cancelText={t('table.cancel')} onOk={() => void submit()} onCancel={onClose} confirmLoading={loading} destroyOnHidden width={600}>
      <p>{t('invite.hint')}</p>
      <Form<InviteValues> form={form} layout="vertical" requiredMark={false} initialValues={{ grants: [{}] }}>
        <Form.Item
          name="email"
          label={t('invite.email')}
          rules={[
            { required: true, whitespace: true, message: t('invite.emailRequired') },
            { type: 'email', message: t('invite.emailInvalid') },
          ]}
        >
          <Input type="email" autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('invite.displayName')} rules={[{ required: true, whitespace: true, message: t('invite.displayNameRequired') }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item label={t('invite.roles')} required>
          <GrantsField name="grants" />
        </Form.Item>
      </Form>
      {alert}
    </Modal>
  );
}

/** 修改角色: replaces the account's staff roles; an applicant's own role stays. */
export function RolesDialog({ account, onClose, onDone }: DialogProps & { account: AccountRow }) {
  const { t } = useAdminTranslation();
  const [form] = Form.useForm<{ grants: GrantValue[] }>();
  // Changing one's own roles changes what the console offers: the shell reads `me` again.
  const own = useSession().id === account.id;
  const [setRoles, { loading }] = useMutation(AdminSetAccountRolesDocument, { refetchQueries: own ? [AdminMeDocument] : [] });
  const { run, alert } = useSubmit();
  const isApplicant = account.roles.some((g) => g.role === 'APPLICANT');
  const submit = async () => {
    const values = await validated(() => form.validateFields());
    if (!values) return;
    await run(async () => {
      await setRoles({ variables: { accountId: account.id, roles: toGrantInputs(values.grants) } });
      onDone(t('changeRoles.saved', { name: account.displayName }));
    });
  };
  return (
    <Modal open title={t('changeRoles.title', { name: account.displayName })} okText={t('changeRoles.submit')} cancelText={t('table.cancel')} onOk={() => void submit()} onCancel={onClose} confirmLoading={loading} destroyOnHidden width={600}>
      {isApplicant && <p>{t('changeRoles.applicantKept')}</p>}
      <Form form={form} layout="vertical" requiredMark={false} initialValues={{ grants: grantValuesOf(account.roles) }}>
        <GrantsField name="grants" />
      </Form>
      {alert}
    </Modal>
  );
}

/** 停用 / 启用: always with a reason, which the audit log keeps. Disabling ends the account's sessions. */
export function DisableDialog({ account, onClose, onDone }: DialogProps & { account: AccountRow }) {
  const { t } = useAdminTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [setDisabled, { loading }] = useMutation(AdminSetAccountDisabledDocument);
  const { run, alert } = useSubmit();
  const disabling = account.status !== 'DISABLED';
  const name = account.displayName;
  const submit = async () => {
    const values = await validated(() => form.validateFields());
    if (!values) return;
    await run(async () => {
      await setDisabled({ variables: { accountId: account.id, disabled: disabling, reason: values.reason.trim() } });
      onDone(disabling ? t('disable.disabled', { name }) : t('disable.enabled', { name }));
    });
  };
  return (
    <Modal
      open
      title={disabling ? t('disable.disableTitle', { name }) : t('disable.enableTitle', { name })}
      okText={disabling ? t('disable.disableSubmit') : t('disable.enableSubmit')}
      okButtonProps={{ danger: disabling }}
      cancelText={t('table.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={loading}
      destroyOnHidden
    >
      <p>{disabling ? t('disable.disableHint') : t('disable.enableHint')}</p>
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item name="reason" label={t('disable.reason')} rules={reasonRules(t('disable.reasonRequired'))}>
          <Input.TextArea rows={3} maxLength={500} placeholder={t('disable.reasonPlaceholder')} />
        </Form.Item>
      </Form>
      {alert}
    </Modal>
  );
}

/** 查看联系方式: asks the reason first; the full contact is shown once and never cached. */
export function RevealDialog({ account, onClose }: Omit<DialogProps, 'onDone'> & { account: AccountRow }) {
  const { t } = useAdminTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [reveal, { data, loading }] = useMutation(AdminRevealAccountContactDocument, { fetchPolicy: 'no-cache' });
  const { run, alert } = useSubmit();
  const contact = data?.revealAccountContact;
  const submit = async () => {
    const values = await validated(() => form.validateFields());
    if (!values) return;
    await run(async () => {
      await reveal({ variables: { accountId: account.id, reason: values.reason.trim() } });
    });
  };
  const title = t('reveal.title', { name: account.displayName });
  if (contact) {
    return (
      <Modal open title={title} onCancel={onClose} destroyOnHidden footer={<Button type="primary" onClick={onClose}>{t('reveal.close')}</Button>}>
        <Descriptions
          column={1}
          bordered
          size="small"
          items={[
            { key: 'email', label: t('reveal.email'), children: contact.email ?? t('reveal.none') },
            { key: 'phone', label: t('reveal.phone'), children: contact.phone ?? t('reveal.none') },
          ]}
        />
        <p style={{ marginBottom: 0 }}>{t('reveal.shownOnce')}</p>
      </Modal>
    );
  }
  return (
    <Modal open title={title} okText={t('reveal.submit')} cancelText={t('table.cancel')} onOk={() => void submit()} onCancel={onClose} confirmLoading={loading} destroyOnHidden>
      <p>{t('reveal.hint')}</p>
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item name="reason" label={t('reveal.reason')} rules={reasonRules(t('reveal.reasonRequired'), t('reveal.reasonTooShort'))}>
          <Input.TextArea rows={2} maxLength={500} placeholder={t('reveal.reasonPlaceholder')} />
        </Form.Item>
      </Form>
      {alert}
    </Modal>
  );
}
