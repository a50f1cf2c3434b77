import { WebRaiseObjectionDocument, type WebAdmittedNoticeQuery } from '@yingcai/schema';
import { requestGraphQL } from '@yingcai/ui/public-query';
import { useState, type FormEvent } from 'react';
import { ContactField } from '../../components/fields';
import { FormProblems, SubmitButton, TextField } from '../../components/form';
import { useSubmit } from '../../components/use-submit';
import { useAdmittedTranslation } from './use-admitted-translation';

type Entry = WebAdmittedNoticeQuery['admittedNotice']['entries'][number];

/** An objection to one admitted student: the objector's name and contact (for the answer) and the reason. */
export function ObjectionForm({ year, entry, onDone }: { year: number; entry: Entry; onDone: (sent: boolean) => void }) {
  const { t } = useAdmittedTranslation();
  const [objectorName, setObjectorName] = useState('');
  const [objectorContact, setObjectorContact] = useState('');
  const [reason, setReason] = useState('');
  const { errors, failure, pending, submit } = useSubmit<'objectorName' | 'objectorContact' | 'reason'>();

  function send(event: FormEvent) {
    event.preventDefault();
    const found = {
      objectorName: objectorName.trim() ? undefined : t('nameRequired'),
      objectorContact: objectorContact.trim() ? undefined : t('contactRequired'),
      reason: reason.trim() ? undefined : t('reasonRequired'),
    };
    return submit(found, async () => {
      await requestGraphQL(WebRaiseObjectionDocument, { year, input: { entryId: entry.id, objectorName: objectorName.trim(), objectorContact: objectorContact.trim(), reason: reason.trim() } });
      onDone(true);
    });
  }

  return (
    <form className="form form-card" noValidate onSubmit={(e) => void send(e)} aria-label={t('formHeading', { name: entry.name, school: entry.schoolName })}>
      <h2>{t('formHeading', { name: entry.name, school: entry.schoolName })}</h2>
      <FormProblems fields={errors} failure={failure} />
      <TextField label={t('objectorName')} name="objectorName" autoComplete="name" required value={objectorName} onChange={(e) => setObjectorName(e.target.value)} error={errors.objectorName} />
      <ContactField label={t('objectorContact')} type="text" value={objectorContact} onChange={(e) => setObjectorContact(e.target.value)} error={errors.objectorContact} hint={t('contactHint')} />
      <div className="field">
        <label className="field__label" htmlFor="objection-reason">{t('reason')}</label>
        <textarea id="objection-reason" className="field__input" rows={5} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} aria-invalid={errors.reason ? true : undefined} />
        <p className="field__hint">{t('reasonHint')}</p>
      </div>
      <SubmitButton pending={pending}>{t('submit')}</SubmitButton>
      <button type="button" className="button button--secondary" onClick={() => onDone(false)}>{t('cancel')}</button>
    </form>
  );
}
