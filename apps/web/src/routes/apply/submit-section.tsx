import { FormAlert } from '../../components/form';
import { useDescribeFailure } from '../../components/failure';
import type { SubmissionProblems } from './submission-problems';
import { useApplyTranslation } from './use-apply-translation';

function Problems({ problems }: { problems: SubmissionProblems }) {
  const { t } = useApplyTranslation();
  const describe = useDescribeFailure();
  if (problems.rules.length > 0) {
    return (
      <FormAlert>
        <p>{t('submit.refused')}</p>
        <ul>
          {problems.rules.map((p) => (
            <li key={p.rule}>{t(p.key as 'rules.other', { rule: p.rule, message: p.message })}</li>
          ))}
        </ul>
      </FormAlert>
    );
  }
  if (problems.missing.length > 0) {
    const names = problems.missing.map((f) => t(`fields.${f}` as 'fields.name', { defaultValue: f })).join('、');
    return <FormAlert>{t('submit.incomplete', { fields: names })}</FormAlert>;
  }
  return <FormAlert>{t('submit.failed', { message: describe(problems.other) })}</FormAlert>;
}

interface SubmitSectionProps {
  problems: SubmissionProblems | undefined;
  pending: boolean;
  onSubmit: () => void;
}

/** 提交报名, with every reason the server gave for refusing it. */
export function SubmitSection({ problems, pending, onSubmit }: SubmitSectionProps) {
  const { t } = useApplyTranslation();
  return (
    <section className="form-card form" aria-label={t('submit.button')}>
      {problems && <Problems problems={problems} />}
      <button type="button" className="button form-submit" disabled={pending} aria-busy={pending || undefined} onClick={onSubmit}>
        {pending ? t('submit.submitting') : t('submit.button')}
      </button>
    </section>
  );
}
