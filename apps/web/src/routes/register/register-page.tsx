import { registerRequest } from '@yingcai/domain/requests';
import { WebPrivacyNoticeDocument, WebRegisterDocument } from '@yingcai/schema';
import { requestGraphQL, usePublicQuery } from '@yingcai/ui/public-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ContactField, identityOf, NewPasswordField } from '../../components/fields';
import { CheckField, FormProblems, SubmitButton, TextField } from '../../components/form';
import { useRequestCheck } from '../../components/request-check';
import { useSubmit } from '../../components/use-submit';

const CONTACT_REASONS = new Set(['BAD_CONTACT']);

/** /register: name, e-mail or mobile, password → a code goes to the contact → /verify. */
export function RegisterPage() {
  const { t } = useTranslation('web');
  const navigate = useNavigate();
  const [displayName, setDisplayName] = useState('');
  const [contact, setContact] = useState('');
  const [password, setPassword] = useState('');
  const [agreed, setAgreed] = useState(false);
  // Issue 23: the version the registrant can read is the one they accept.
  const notice = usePublicQuery(WebPrivacyNoticeDocument).data?.privacyNotice;
  const { errors, failure, reason, pending, submit } = useSubmit<'displayName' | 'contact' | 'password' | 'privacy'>();
  const check = useRequestCheck();

  function register(event: FormEvent) {
    event.preventDefault();
    const problems = check(registerRequest, { displayName, contact, password, privacyNoticeVersion: notice?.version ?? '' });
    const found = {
      displayName: problems.displayName,
      contact: problems.contact,
      password: problems.password,
      privacy: agreed && notice ? undefined : t('register.privacyRequired'),
    };
    return submit(
      found,
      async () => {
        const { register } = await requestGraphQL(WebRegisterDocument, { displayName: displayName.trim(), contact: contact.trim(), password, privacyNoticeVersion: notice!.version });
        await navigate(`/verify?contact=${encodeURIComponent(contact.trim())}`, { state: { sentTo: register.sentTo } });
      },
      { navigates: true },
    );
  }

  return (
    <div className="account-page">
      <title>{`${t('register.title')} · ${t('site.title')}`}</title>
      <h1>{t('register.heading')}</h1>
      <p className="account-page__lead">{t('register.lead')}</p>
      <form className="form form-card" noValidate onSubmit={(e) => void register(e)}>
        <FormProblems fields={errors} failure={failure} />
        <TextField
          label={t('register.name')}
          name="displayName"
          autoComplete="name"
          required
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
          error={errors.displayName}
          hint={t('register.nameHint')}
        />
        <ContactField
          label={t('register.contact')}
          type="text"
          value={contact}
          onChange={(e) => setContact(e.target.value)}
          error={errors.contact}
          invalid={reason !== undefined && CONTACT_REASONS.has(reason)}
          hint={t('form.contactHint')}
        />
        <NewPasswordField
          label={t('register.password')}
          name="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.password}
          reason={reason}
          identity={identityOf(contact.trim(), displayName.trim())}
        />
        <CheckField
          name="privacy"
          checked={agreed}
          onChange={setAgreed}
          error={errors.privacy}
          label={
            <>
              {t('register.privacyAgree')}
              <Link to="/privacy" target="_blank" rel="noopener">
                {t('register.privacyLink')}
              </Link>
            </>
          }
        />
        <SubmitButton pending={pending}>{t('register.submit')}</SubmitButton>
      </form>
      <p className="form-links">
        <span>
          {t('register.haveAccount')} <Link to="/login">{t('register.login')}</Link>
        </span>
      </p>
    </div>
  );
}
