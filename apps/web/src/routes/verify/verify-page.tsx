import { contactRequest, typedCode, verifyContactRequest } from '@yingcai/domain/requests';
import { WebResendVerificationCodeDocument, WebVerifyContactDocument } from '@yingcai/schema';
import { requestGraphQL } from '@yingcai/ui/public-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { CodeField, ContactField } from '../../components/fields';
import { FormNotice, FormProblems, SubmitButton } from '../../components/form';
import { useRequestCheck } from '../../components/request-check';
import { useSubmit } from '../../components/use-submit';
import { useSession } from '../../session/session';

/** /verify?contact=…: the 6-digit code activates the account and signs it in → /account. */
export function VerifyPage() {
  const { t } = useTranslation('web');
  const navigate = useNavigate();
  const { signedIn } = useSession();
  const [params] = useSearchParams();
  const location = useLocation();
  const sentToFromRegister = (location.state as { sentTo?: string } | null)?.sentTo;
  const [contact, setContact] = useState(params.get('contact') ?? '');
  const [code, setCode] = useState('');
  const { errors, failure, reason, pending, submit } = useSubmit<'contact' | 'code'>();
  const [resending, setResending] = useState(false);
  const [resentTo, setResentTo] = useState<string>();
  const check = useRequestCheck();

  function verify(event: FormEvent) {
    event.preventDefault();
    const typed = typedCode(code);
    const problems = check(verifyContactRequest, { contact, code });
    const found = { contact: problems.contact, code: problems.code };
    return submit(
      found,
      async () => {
        const { verifyContact } = await requestGraphQL(WebVerifyContactDocument, { contact: contact.trim(), code: typed });
        signedIn(verifyContact);
        await navigate('/account', { replace: true });
      },
      { navigates: true },
    );
  }

  function resend() {
    setResentTo(undefined);
    return submit(
      { contact: check(contactRequest, { contact }).contact },
      async () => {
        const { resendVerificationCode } = await requestGraphQL(WebResendVerificationCodeDocument, { contact: contact.trim() });
        setResentTo(resendVerificationCode.sentTo);
      },
      { busy: setResending },
    );
  }

  return (
    <div className="account-page">
      <title>{`${t('verify.title')} · ${t('site.title')}`}</title>
      <h1>{t('verify.heading')}</h1>
      <p className="account-page__lead">
        {sentToFromRegister ? t('verify.sentTo', { sentTo: sentToFromRegister }) : t('verify.enterCode')}
      </p>
      <form className="form form-card" noValidate onSubmit={(e) => void verify(e)}>
        <FormProblems fields={errors} failure={failure} />
        {resentTo && <FormNotice>{t('verify.resent', { sentTo: resentTo })}</FormNotice>}
        <ContactField
          label={t('verify.contact')}
          value={contact}
          onChange={(e) => setContact(e.target.value)}
          error={errors.contact}
          invalid={reason === 'BAD_CONTACT'}
        />
        <CodeField label={t('verify.code')} value={code} onChange={(e) => setCode(e.target.value)} error={errors.code} reason={reason} />
        <SubmitButton pending={pending}>{t('verify.submit')}</SubmitButton>
        <button type="button" className="button button--secondary" disabled={resending} aria-busy={resending || undefined} onClick={() => void resend()}>
          {resending ? t('form.submitting') : t('verify.resend')}
        </button>
      </form>
    </div>
  );
}
