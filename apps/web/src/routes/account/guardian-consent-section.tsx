import { mobileDigits } from '@yingcai/domain';
import { guardianConsentRequest, requestProblems, typedCode } from '@yingcai/domain/requests';
import { WebRecordGuardianConsentDocument, WebWithdrawGuardianConsentDocument, type WebAccountQuery, type WebMeFragment } from '@yingcai/schema';
import { requestGraphQL } from '@yingcai/ui/public-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { failureReason } from '../../components/failure';
import { CheckField, FormAlert, FormNotice, FormProblems, SubmitButton, TextField } from '../../components/form';
import { formatCalendarDate, formatDateTime } from '../../components/format-time';
import { useSubmit } from '../../components/use-submit';
import { GuardianCodeField } from './guardian-code-field';

type Field = 'dateOfBirth' | 'guardianName' | 'guardianPhone' | 'guardianCode' | 'agreed';
type ConsentText = WebAccountQuery['guardianConsentText'];



function isPastDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 1900 && date.getTime() <= Date.now();
}

function RecordedConsent({ consent, onWithdrawn }: { consent: NonNullable<WebMeFragment['guardianConsent']>; onWithdrawn: (me: WebMeFragment) => void }) {
  const { t, i18n } = useTranslation('web');
  const { failure, pending, submit } = useSubmit();
  // Issue 23: the guardian may take the consent back; the submission it allowed is refused again (R-CONSENT-1).
  const withdraw = () =>
    window.confirm(t('account.consent.withdrawConfirm')) &&
    void submit({}, async () => onWithdrawn((await requestGraphQL(WebWithdrawGuardianConsentDocument, {})).withdrawGuardianConsent));
  const rows: [string, string][] = [
    [t('account.consent.dateOfBirth'), formatCalendarDate(consent.dateOfBirth, i18n.language)],
    [t('account.consent.guardianName'), consent.guardianName],
    [t('account.consent.guardianPhone'), consent.guardianPhone],
    [t('account.consent.version'), consent.consentVersion],
    [t('account.consent.consentedAt'), formatDateTime(consent.consentedAt, i18n.language)],
  ];
  return (
    <>
      <h3>{t('account.consent.recorded')}</h3>
      <p>{consent.required ? t('account.consent.required') : t('account.consent.notRequired')}</p>
      {consent.withdrawnAt && <p role="status">{t('account.consent.withdrawn', { at: formatDateTime(consent.withdrawnAt, i18n.language) })}</p>}
      <dl className="account-facts">
        {rows.map(([label, value]) => (
          <div key={label} className="account-facts__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {failure && <FormAlert>{failure}</FormAlert>}
      {!consent.withdrawnAt && (
        <button type="button" className="link-button" disabled={pending} onClick={withdraw}>
          {t('account.consent.withdraw')}
        </button>
      )}
    </>
  );
}

interface GuardianConsentSectionProps {
  me: WebMeFragment;
  /** The text in force, shown in full; its version is what the guardian agrees to. */
  text: ConsentText;
  onRecorded: (me: WebMeFragment) => void;
  /** The API has a newer text than the one shown. */
  onTextChanged: () => void;
}

/** R-CONSENT-1: date of birth, guardian, the consent text in full and the guardian's agreement. */
export function GuardianConsentSection({ me, text, onRecorded, onTextChanged }: GuardianConsentSectionProps) {
  const { t } = useTranslation('web');
  const recorded = me.guardianConsent;
  const [editing, setEditing] = useState(!recorded);
  const [dateOfBirth, setDateOfBirth] = useState(recorded?.dateOfBirth ?? '');
  const [guardianName, setGuardianName] = useState(recorded?.guardianName ?? '');
  const [guardianPhone, setGuardianPhone] = useState('');
  const [guardianCode, setGuardianCode] = useState('');
  const [agreed, setAgreed] = useState(false);
  const { errors, failure, pending, submit } = useSubmit<Field>();
  const [textChanged, setTextChanged] = useState(false);
  const [saved, setSaved] = useState(false);

  function record(event: FormEvent) {
    event.preventDefault();
    setTextChanged(false);
    setSaved(false);
    // Issue 11: the schema the API checks the consent with; the sentences say which part of the consent.
    const problems = requestProblems(guardianConsentRequest, { dateOfBirth, guardianName, guardianPhone, consentVersion: text.version, guardianCode });
    const refused = (field: string, sentence: string) => (problems.some((problem) => problem.field === field) ? sentence : undefined);
    const found = {
      dateOfBirth: !dateOfBirth ? t('account.consent.dateOfBirthRequired') : isPastDate(dateOfBirth) ? undefined : t('account.consent.dateOfBirthInvalid'),
      guardianName: refused('guardianName', t('account.consent.guardianNameRequired')),
      guardianPhone: refused('guardianPhone', t('account.consent.guardianPhoneInvalid')),
      guardianCode: refused('guardianCode', t('account.consent.guardianCodeRequired')),
      agreed: agreed ? undefined : t('account.consent.agreeRequired'),
    };
    return submit(found, async () => {
      try {
        const data = await requestGraphQL(WebRecordGuardianConsentDocument, {
          dateOfBirth,
          guardianName: guardianName.trim(),
          guardianPhone: mobileDigits(guardianPhone),
          consentVersion: text.version,
          guardianCode: typedCode(guardianCode),
        });
        setEditing(false);
        setSaved(true);
        setAgreed(false);
        onRecorded(data.recordGuardianConsent);
      } catch (error) {
        if (failureReason(error) !== 'CONFLICT') throw error;
        // the text changed since it was shown: the guardian must read the new one and agree again
        setTextChanged(true);
        setAgreed(false);
        onTextChanged();
      }
    });
  }

  return (
    <section className="form-card" aria-labelledby="account-consent">
      <h2 id="account-consent">{t('account.consent.heading')}</h2>
      <p>{t('account.consent.lead')}</p>
      {saved && <FormNotice>{t('account.consent.saved')}</FormNotice>}
      {recorded ? <RecordedConsent consent={recorded} onWithdrawn={onRecorded} /> : <p>{t('account.consent.none')}</p>}
      {!editing ? (
        <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
          {t('account.consent.update')}
        </button>
      ) : (
        <form className="form" noValidate onSubmit={(e) => void record(e)}>
          <FormProblems fields={errors} failure={textChanged ? t('account.consent.textChanged') : failure} />
          <TextField
            label={t('account.consent.dateOfBirth')}
            name="dateOfBirth"
            type="date"
            autoComplete="bday"
            required
            value={dateOfBirth}
            onChange={(e) => setDateOfBirth(e.target.value)}
            error={errors.dateOfBirth}
          />
          <TextField
            label={t('account.consent.guardianName')}
            name="guardianName"
            required
            value={guardianName}
            onChange={(e) => setGuardianName(e.target.value)}
            error={errors.guardianName}
          />
          <TextField
            label={t('account.consent.guardianPhone')}
            name="guardianPhone"
            type="tel"
            inputMode="numeric"
            autoComplete="off"
            required
            value={guardianPhone}
            onChange={(e) => setGuardianPhone(e.target.value)}
            error={errors.guardianPhone}
          />
          <GuardianCodeField guardianPhone={guardianPhone} code={guardianCode} onCode={setGuardianCode} error={errors.guardianCode} />
          <div className="consent-text">
            <h3>{t('account.consent.textHeading', { version: text.version })}</h3>
            {t('account.consent.textLanguage') && <p className="consent-text__note">{t('account.consent.textLanguage')}</p>}
            <p lang="zh-CN">{text.text}</p>
          </div>
          <CheckField name="agreed" checked={agreed} onChange={setAgreed} error={errors.agreed} invalid={textChanged} label={t('account.consent.agree')} />
          <SubmitButton pending={pending}>{t('account.consent.submit')}</SubmitButton>
          {recorded && (
            <button type="button" className="link-button" onClick={() => setEditing(false)}>
              {t('account.consent.cancel')}
            </button>
          )}
        </form>
      )}
    </section>
  );
}
