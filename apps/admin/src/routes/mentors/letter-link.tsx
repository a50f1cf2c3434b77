import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useAdminTranslation, useCommonTranslation } from '../../i18n/use-admin-translation';

/** The API's JSON refusal `{ error: { code, message, reason } }`, or nothing readable. */
async function refusalOf(response: Response): Promise<{ code?: string; reason?: string }> {
  try {
    const body = (await response.json()) as { error?: { code?: string; reason?: string } };
    return body.error ?? {};
  } catch {
    return {};
  }
}

function save(blob: Blob, letterNumber: string) {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: `导师聘书-${letterNumber}.pdf` });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * 下载聘书 (R-MENTOR-2): the appointment letter of a new mentor. Fetched rather than linked, so a
 * refusal (e.g. 409 LETTER_NOT_ISSUED) shows as a sentence instead of a page of JSON.
 */
export function LetterLink({ id, letterNumber }: { id: number; letterNumber: string }) {
  const { t } = useAdminTranslation();
  const { t: tc } = useCommonTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const download = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const response = await fetch(`/api/mentor-appointments/${id}/letter.pdf`, { credentials: 'same-origin' });
      if (response.ok) return save(await response.blob(), letterNumber);
      const { code, reason } = await refusalOf(response);
      const key = reason === 'LETTER_NOT_ISSUED' ? 'mentors.letterNotIssued' : null;
      const sentence = key ? t(key) : tc(`accountErrors.${code ?? 'INTERNAL'}` as 'accountErrors.INTERNAL', { defaultValue: tc('accountErrors.INTERNAL') });
      setFailure(t('mentors.letterFailed', { reason: sentence }));
    } catch {
      setFailure(t('mentors.letterFailed', { reason: tc('state.loadFailed') }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button type="link" size="small" icon={<DownloadOutlined />} loading={busy} onClick={() => void download()} title={t('mentors.letterNumber', { number: letterNumber })}>
        {t('mentors.letter')}
      </Button>
      {/* Inline rather than antd's message, which would weigh on every table that shows a letter. */}
      {failure && (
        <span role="alert" style={{ color: '#ff4d4f' }}>
          {failure}
        </span>
      )}
    </>
  );
}
