import { WebResendVerificationCodeDocument, WebVerifyContactDocument } from '@yingcai/schema';
import { requestGraphQL } from '@yingcai/ui/public-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { failureReason, useDescribeFailure } from '../../components/failure';
import { FormNotice, FormProblems, hasErrors, SubmitButton, TextField, type FieldErrors } from '../../components/form';
import { useSession } from '../../session/session';

type Field = 'contact' | 'code';

const CODE = /^\d{6}$/;
const CODE_REASONS = new Set(['CODE_INVALID', 'CODE_EXPIRED', 'CODE_USED', 'CODE_LOCKED']);

/** /verify?contact=…: the 6-digit code activates the account and signs it in → /account. */
export function VerifyPage() {
  const { t } = useTranslation('web');
  const describe = useDescribeFailure();
  const navigate = useNavigate();
  const { signedIn } = useSession();
  const [params] = useSearchParams();
  const location = useLocation();
  const sentToFromRegister = (location.state as { sentTo?: string } | null)?.sentTo;
  const [contact, setContact] = useState(params.get('contact') ?? '');
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [failure, setFailure] = useState<unknown>();
  const [pending, setPending] = useState(false);
  const [resending, setResending] = useState(false);
  const [resentTo, setResentTo] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const typed = code.replace(/\s/g, '');
    const found: FieldErrors<Field> = {
      contact: contact.trim() ? undefined : t('form.contactRequired'),
      code: CODE.test(typed) ? undefined : t('form.codeFormat'),
    };
    setErrors(found);
    setFailure(undefined);
    if (hasErrors(found)) return;
    setPending(true);
    try {
      const { verifyContact } = await requestGraphQL(WebVerifyContactDocument, { contact: contact.trim(), code: typed });
      signedIn(verifyContact);
      await navigate('/account', { replace: true });
    } catch (error) {
      setFailure(error);
      setPending(false);
    }
  }

  async function resend() {
    const found: FieldErrors<Field> = { contact: contact.trim() ? undefined : t('form.contactRequired') };
    setErrors(found);
    setFailure(undefined);
    setResentTo(undefined);
    if (hasErrors(found)) return;
    setResending(true);
    try {
      const { resendVerificationCode } = await requestGraphQL(WebResendVerificationCodeDocument, { contact: contact.trim() });
      setResentTo(resendVerificationCode.sentTo);
    } catch (error) {
      setFailure(error);
    } finally {
      setResending(false);
    }
  }

  const reason = failureReason(failure);
  return (
    <div className="account-page">
      <title>{`${t('verify.title')} · ${t('site.title')}`}</title>
      <h1>{t('verify.heading')}</h1>
      <p className="account-page__lead">
        {sentToFromRegister ? t('verify.sentTo', { sentTo: sentToFromRegister }) : t('verify.enterCode')}
      </p>
      <form className="form form-card" noValidate onSubmit={(e) => void submit(e)}>
        <FormProblems fields={errors} failure={failure === undefined ? undefined : describe(failure)} />
        {resentTo && <FormNotice>{t('verify.resent', { sentTo: resentTo })}</FormNotice>}
        <TextField
          label={t('verify.contact')}
          name="contact"
          inputMode="email"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={contact}
          onChange={(e) => setContact(e.target.value)}
          error={errors.contact}
          invalid={reason === 'BAD_CONTACT'}
        />
        <TextField
          label={t('verify.code')}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          pattern="[0-9]*"
          required
          value={code}
          onChange={(e) => setCode(e.target.value)}
          error={errors.code}
          invalid={reason !== undefined && CODE_REASONS.has(reason)}
          hint={t('verify.codeHint')}
        />
        <SubmitButton pending={pending}>{t('verify.submit')}</SubmitButton>
        <button type="button" className="button button--secondary" disabled={resending} aria-busy={resending || undefined} onClick={() => void resend()}>
          {resending ? t('form.submitting') : t('verify.resend')}
        </button>
      </form>
    </div>
  );
}
