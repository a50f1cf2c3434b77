import { useId } from 'react';
import { TextField } from '../../components/form';
import { STATEMENT_MAX_LENGTH } from '@yingcai/domain/applications';
import { textProps, type FormBinding } from './form-binding';
import { useApplyTranslation } from './use-apply-translation';

/** The statement of interest, at most 1000 characters, with a counter. */
function StatementField({ form }: { form: FormBinding }) {
  const { t } = useApplyTranslation();
  const id = useId();
  const error = form.errorOf('statement');
  const count = [...form.values.statement].length;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {t('ranks.statement')}
      </label>
      <textarea
        id={id}
        name="statement"
        className="field__input apply-textarea"
        maxLength={STATEMENT_MAX_LENGTH}
        value={form.values.statement}
        onChange={(e) => form.change({ statement: e.target.value })}
        aria-invalid={error ? true : undefined}
        aria-describedby={[error && `${id}-error`, `${id}-count`].filter(Boolean).join(' ')}
      />
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
      <div id={`${id}-count`} className="field__hint">
        {t('ranks.counter', { count, max: STATEMENT_MAX_LENGTH })}
      </div>
    </div>
  );
}

/** 成绩与个人陈述: R-APP-2's ranks in the grade, the grade size, and the statement. */
export function RanksSection({ form }: { form: FormBinding }) {
  const { t } = useApplyTranslation();
  const numeric = { inputMode: 'numeric' as const, autoComplete: 'off' };
  return (
    <section className="form-card form" aria-labelledby="apply-ranks">
      <h2 id="apply-ranks">{t('ranks.heading')}</h2>
      <TextField label={t('ranks.subjectRank')} {...numeric} {...textProps(form, 'subjectRank')} />
      <TextField label={t('ranks.overallRank')} {...numeric} {...textProps(form, 'overallRank')} />
      <TextField label={t('ranks.gradeSize')} {...numeric} {...textProps(form, 'gradeSize')} />
      <StatementField form={form} />
    </section>
  );
}
