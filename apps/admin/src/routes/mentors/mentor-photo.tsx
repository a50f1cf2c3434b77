import { UploadOutlined } from '@ant-design/icons';
import { Alert, Avatar, Button, Flex } from 'antd';
import { useRef, useState } from 'react';
import { useAdminTranslation, useCommonTranslation } from '../../i18n/use-admin-translation';
import { postFile, type FileRouteError } from '../../shell/file-request';
import type { AppointmentRow } from './mentor-query';

type Outcome = { type: 'success' | 'error'; text: string };

/** 照片: the mentor's photo for the public directory, replaced by the mentor themself (JPEG or PNG, ≤ 2 MB, checked by the server from the bytes). */
export function MentorPhoto({ mentor, onUploaded }: { mentor: AppointmentRow['mentor']; onUploaded: () => void }) {
  const { t } = useAdminTranslation();
  const { t: tc } = useCommonTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const refusal = (status: number, error: FileRouteError['error'] | undefined): string => {
    if (status === 413) return t('mentors.photoTooLarge');
    if (error?.code === 'BAD_USER_INPUT') return t('mentors.photoNotImage');
    return tc(`accountErrors.${error?.code ?? 'INTERNAL'}` as 'accountErrors.INTERNAL', { defaultValue: tc('accountErrors.INTERNAL') });
  };
  const upload = async (file: File) => {
    setBusy(true);
    setOutcome(null);
    try {
      const answer = await postFile<FileRouteError>(`/api/mentors/${mentor.id}/photo`, file, file.name);
      if (answer.ok) onUploaded();
      setOutcome(answer.ok ? { type: 'success', text: t('mentors.photoUploaded') } : { type: 'error', text: t('mentors.photoRefused', { reason: refusal(answer.status, answer.body.error) }) });
    } catch {
      setOutcome({ type: 'error', text: t('mentors.photoRefused', { reason: tc('state.loadFailed') }) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Flex vertical gap={8}>
      <Flex align="center" gap={16}>
        <Avatar size={72} src={mentor.photoUrl ?? undefined} alt={t('mentors.photo')}>
          {mentor.name.slice(0, 1)}
        </Avatar>
        <Button icon={<UploadOutlined />} loading={busy} onClick={() => input.current?.click()}>
          {t('mentors.photoUpload')}
        </Button>
        <input
          ref={input}
          type="file"
          accept="image/jpeg,image/png"
          hidden
          aria-label={t('mentors.photoUpload')}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void upload(file);
          }}
        />
      </Flex>
      {outcome && <Alert type={outcome.type} showIcon role="status" title={outcome.text} />}
    </Flex>
  );
}
