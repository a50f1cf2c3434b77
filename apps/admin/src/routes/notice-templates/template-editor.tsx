import { useMutation } from '@apollo/client/react';
import { AdminResetNoticeTemplateDocument, AdminUpdateNoticeTemplateDocument, type AdminNoticeTemplateFragment } from '@yingcai/schema';
import { Alert, Button, Card, Drawer, Flex, Form, Input, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import { failureOf, useDescribeFailure } from '../../shell/api-failure';
import { previewOf } from './template-check';

export type NoticeTemplate = AdminNoticeTemplateFragment;

interface EditorProps {
  template: NoticeTemplate;
  onClose: () => void;
  onSaved: (template: NoticeTemplate) => void;
}

/** Edits one notice: its subject and body with the placeholders it may use, a live preview, save and reset. */
export function TemplateEditor({ template, onClose, onSaved }: EditorProps) {
  const { t } = useAdminTranslation();
  const describe = useDescribeFailure();
  const [text, setText] = useState({ subject: template.subject, body: template.body });
  const [failure, setFailure] = useState<string | null>(null);
  const [update, { loading: saving }] = useMutation(AdminUpdateNoticeTemplateDocument);
  const [reset, { loading: resetting }] = useMutation(AdminResetNoticeTemplateDocument);
  const { problem, preview } = previewOf(text, template.variables);

  const run = async (request: () => Promise<NoticeTemplate | undefined>) => {
    setFailure(null);
    try {
      const saved = await request();
      if (saved) onSaved(saved);
    } catch (error) {
      setFailure(failureOf(error).code === 'CONFLICT' ? t('noticeTemplates.conflict') : t('noticeTemplates.failed', { reason: describe(error) }));
    }
  };
  const save = () => run(async () => (await update({ variables: { key: template.key, ...text, version: template.version } })).data?.updateNoticeTemplate);
  const restore = () => run(async () => (await reset({ variables: { key: template.key, version: template.version } })).data?.resetNoticeTemplate);

  return (
    <Drawer open size="large" title={t(`noticeTemplates.key.${template.key}` as 'noticeTemplates.key.draft_reminder')} onClose={onClose}>
      <Form layout="vertical">
        <Form.Item label={t('noticeTemplates.subject')} htmlFor="notice-subject" validateStatus={problem?.field === 'subject' ? 'error' : undefined}>
          <Input id="notice-subject" value={text.subject} maxLength={200} onChange={(e) => setText({ ...text, subject: e.target.value })} />
        </Form.Item>
        <Form.Item
          label={t('noticeTemplates.body')}
          htmlFor="notice-body"
          validateStatus={problem?.field === 'body' ? 'error' : undefined}
          help={problem ? t(`noticeTemplates.problem.${problem.code}` as 'noticeTemplates.problem.REQUIRED') : undefined}
        >
          <Input.TextArea id="notice-body" value={text.body} rows={6} onChange={(e) => setText({ ...text, body: e.target.value })} />
        </Form.Item>
      </Form>
      <Typography.Paragraph>
        {t('noticeTemplates.variables')}
        {template.variables.map((name) => (
          <Tag key={name} style={{ marginInlineStart: 8 }}>{`{{${name}}} ${t(`noticeTemplates.variable.${name}` as 'noticeTemplates.variable.name')}`}</Tag>
        ))}
      </Typography.Paragraph>
      <Typography.Paragraph type={template.smsProvider && !template.smsTemplateId ? 'warning' : 'secondary'}>{smsLine(template, t)}</Typography.Paragraph>
      {preview && (
        <Card size="small" title={t('noticeTemplates.preview')} style={{ marginBottom: 16 }}>
          <Typography.Text strong>{preview.subject}</Typography.Text>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{preview.body}</Typography.Paragraph>
        </Card>
      )}
      {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 16 }} />}
      <Flex gap={8}>
        <Button type="primary" disabled={Boolean(problem)} loading={saving} onClick={() => void save()}>
          {t('noticeTemplates.save')}
        </Button>
        {template.edited && (
          <Popconfirm title={t('noticeTemplates.resetConfirm')} onConfirm={() => void restore()}>
            <Button loading={resetting}>{t('noticeTemplates.reset')}</Button>
          </Popconfirm>
        )}
      </Flex>
    </Drawer>
  );
}

type Translate = ReturnType<typeof useAdminTranslation>['t'];

/** Issue 23: the provider template a text message of this notice goes out as, with its parameters in order. */
function smsLine(template: NoticeTemplate, t: Translate): string {
  if (!template.smsProvider) return t('noticeTemplates.sms.none');
  const provider = t(`outbox.driverName.${template.smsProvider}` as 'outbox.driverName.tencent');
  if (!template.smsTemplateId) return t('noticeTemplates.sms.unmapped', { provider });
  const params = template.variables.map((name, i) => `{${i + 1}} ${t(`noticeTemplates.variable.${name}` as 'noticeTemplates.variable.name')}`).join('、');
  return t('noticeTemplates.sms.mapped', { provider, id: template.smsTemplateId, params });
}
