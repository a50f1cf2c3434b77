import { SHORT_TEXT_MAX_LENGTH } from '@yingcai/domain/applications';
import type { WebParticipatingSchoolsQuery } from '@yingcai/schema';
import { Link } from 'react-router';
import { TextField } from '../../components/form';
import { formatDateTime } from '../../components/format-time';
import { useSession } from '../../session/session';
import { NOT_LISTED } from '../eligibility/self-check';
import { ChoiceRadios } from './choice-radios';
import { textProps, type FormBinding } from './form-binding';
import { SelectField } from './select-field';
import { useApplyTranslation } from './use-apply-translation';

export type ParticipatingSchool = WebParticipatingSchoolsQuery['participatingSchools'][number];

/** R-CONSENT-1: whether the guardian's consent is on the account; the account page records it. */
function ConsentState() {
  const { t, i18n } = useApplyTranslation();
  const consent = useSession().me?.guardianConsent;
  return (
    <div className="field">
      <p className="field__label">{t('school.consent')}</p>
      {consent ? (
        <p>{t('school.consentRecorded', { date: formatDateTime(consent.consentedAt, i18n.language) })}</p>
      ) : (
        <p>
          {t('school.consentMissing')} <Link to="/account">{t('school.consentLink')}</Link>
        </p>
      )}
    </div>
  );
}

/** A listed school clears the one named outside the list (the API keeps one or the other, R-APP-1). */
const schoolChoice = (schoolId: string) => (schoolId === NOT_LISTED ? { schoolId } : { schoolId, unlistedSchool: '' });

/** 学校与联系方式: R-APP-1's school (of the cycle's participating schools) and grade, class, mobile, consent. */
export function SchoolSection({ form, schools }: { form: FormBinding; schools: readonly ParticipatingSchool[] }) {
  const { t } = useApplyTranslation();
  const grades = (['10', '11'] as const).map((value) => ({ value, label: t(`school.grades.${value}`) }));
  return (
    <section className="form-card form" aria-labelledby="apply-school">
      <h2 id="apply-school">{t('school.heading')}</h2>
      <SelectField label={t('school.school')} value={form.values.schoolId} onChange={(schoolId) => form.change(schoolChoice(schoolId))} error={form.errorOf('schoolId')}>
        <option value="">{t('school.choose')}</option>
        {schools.map((school) => (
          <option key={school.id} value={school.id}>
            {school.name}
          </option>
        ))}
        <option value={NOT_LISTED}>{t('school.notListed')}</option>
      </SelectField>
      {form.values.schoolId === NOT_LISTED && (
        <>
          <p className="field__hint">{t('school.unlistedNote')}</p>
          <TextField label={t('school.unlistedName')} autoComplete="organization" maxLength={SHORT_TEXT_MAX_LENGTH} {...textProps(form, 'unlistedSchool')} />
        </>
      )}
      <ChoiceRadios name="grade" legend={t('school.grade')} options={grades} value={form.values.grade} onChange={(grade) => form.change({ grade })} error={form.errorOf('grade')} />
      <TextField label={t('school.className')} autoComplete="off" maxLength={SHORT_TEXT_MAX_LENGTH} {...textProps(form, 'className')} />
      <TextField label={t('school.phone')} type="tel" inputMode="tel" autoComplete="tel" {...textProps(form, 'phone')} />
      <ConsentState />
    </section>
  );
}
