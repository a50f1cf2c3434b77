import type { WebAdmissionReplyFragment } from '@yingcai/schema';
import { useState } from 'react';
import { FormAlert, TextField } from '../../components/form';
import { formatCalendarDate } from '../../components/format-time';
import { useAdmissionReply } from './use-admission-reply';
import { useApplyTranslation } from './use-apply-translation';

interface AdmissionReplyProps {
  year: number;
  status: string;
  version: number;
  reply: WebAdmissionReplyFragment;
  onChanged: () => void;
}

/** 放弃录取 asks once more, with an optional reason, before it is sent. */
function DeclineForm({ pending, onDecline, onCancel }: { pending: boolean; onDecline: (reason: string) => void; onCancel: () => void }) {
  const { t } = useApplyTranslation();
  const [reason, setReason] = useState('');
  return (
    <div role="group" aria-label={t('admission.decline')}>
      <p>{t('admission.declineAsk')}</p>
      <TextField label={t('admission.reason')} value={reason} maxLength={500} onChange={(event) => setReason(event.target.value)} />
      <div className="admission-reply__actions">
        <button type="button" className="button" disabled={pending} aria-busy={pending || undefined} onClick={() => onDecline(reason)}>
          {pending ? t('admission.sending') : t('admission.declineConfirm')}
        </button>
        <button type="button" className="button button--secondary" disabled={pending} onClick={onCancel}>{t('admission.cancel')}</button>
      </div>
    </div>
  );
}

function OpenReply({ year, version, reply, onChanged }: Omit<AdmissionReplyProps, 'status'>) {
  const { t, i18n } = useApplyTranslation();
  const { pending, problem, confirm, decline } = useAdmissionReply(year, version, onChanged);
  const [declining, setDeclining] = useState(false);
  return (
    <>
      <p>{t('admission.deadline', { date: formatCalendarDate(reply.deadline!, i18n.language) })}</p>
      {problem && <FormAlert>{problem}</FormAlert>}
      {declining ? (
        <DeclineForm pending={pending} onDecline={decline} onCancel={() => setDeclining(false)} />
      ) : (
        <div className="admission-reply__actions">
          <button type="button" className="button" disabled={pending} aria-busy={pending || undefined} onClick={confirm}>
            {pending ? t('admission.sending') : t('admission.confirm')}
          </button>
          <button type="button" className="button button--secondary" disabled={pending} onClick={() => setDeclining(true)}>{t('admission.decline')}</button>
        </div>
      )}
    </>
  );
}

/** R-SEL-5: an admitted applicant confirms or declines by the deadline; afterwards the answer (or the closed deadline) is shown. */
export function AdmissionReply({ year, status, version, reply, onChanged }: AdmissionReplyProps) {
  const { t, i18n } = useApplyTranslation();
  if (status === 'CONFIRMED') return <p className="admission-reply">{t('admission.confirmed')}</p>;
  if (status === 'DECLINED') {
    return <p className="admission-reply">{reply.declineReason ? t('admission.declinedBecause', { reason: reply.declineReason }) : t('admission.declined')}</p>;
  }
  if (!reply.open) {
    return <p className="admission-reply">{t('admission.closed', { date: reply.deadline ? formatCalendarDate(reply.deadline, i18n.language) : '—' })}</p>;
  }
  return (
    <section className="admission-reply" aria-label={t('admission.confirm')}>
      <OpenReply year={year} version={version} reply={reply} onChanged={onChanged} />
    </section>
  );
}
