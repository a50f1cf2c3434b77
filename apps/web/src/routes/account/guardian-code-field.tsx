import { mainlandMobile, mobileDigits } from '@yingcai/domain';
import { WebSendGuardianCodeDocument } from '@yingcai/schema';
import { requestGraphQL } from '@yingcai/ui/public-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDescribeFailure } from '../../components/failure';
import { FormAlert, FormNotice, TextField } from '../../components/form';

interface GuardianCodeFieldProps {
  guardianPhone: string;
  code: string;
  onCode: (code: string) => void;
  error?: string | undefined;
}

/**
 * Issue 23: the guardian confirms on their own phone — a code goes there, the guardian reads the consent
 * text and tells the applicant the code, which is typed here.
 */
export function GuardianCodeField({ guardianPhone, code, onCode, error }: GuardianCodeFieldProps) {
  const { t } = useTranslation('web');
  const describe = useDescribeFailure();
  const [sentTo, setSentTo] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const [sending, setSending] = useState(false);

  async function send() {
    setFailure(undefined);
    setSending(true);
    try {
      const { sendGuardianCode } = await requestGraphQL(WebSendGuardianCodeDocument, { guardianPhone: mobileDigits(guardianPhone) });
      setSentTo(sendGuardianCode.sentTo);
    } catch (caught) {
      setFailure(describe(caught));
    } finally {
      setSending(false);
    }
  }

  return (
    <>
      <button type="button" className="button button--secondary" disabled={sending || mainlandMobile(guardianPhone) === null} onClick={() => void send()}>
        {t('account.consent.sendCode')}
      </button>
      {sentTo && <FormNotice>{t('account.consent.codeSent', { sentTo })}</FormNotice>}
      {failure && <FormAlert>{failure}</FormAlert>}
      <TextField
        label={t('account.consent.guardianCode')}
        name="guardianCode"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        value={code}
        onChange={(e) => onCode(e.target.value)}
        error={error}
      />
    </>
  );
}
