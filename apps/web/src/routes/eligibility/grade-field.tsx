import type { GradeChoice } from './self-check';
import { useEligibilityTranslation } from './use-eligibility-translation';

const GRADES = ['10', '11', 'other'] as const;

/** R-APP-1: 高一, 高二 or 其他, as three large radio buttons. */
export function GradeField({ value, onChange, error }: { value: GradeChoice; onChange: (grade: GradeChoice) => void; error: string | undefined }) {
  const { t } = useEligibilityTranslation();
  return (
    <fieldset className="field eligibility-grades" aria-invalid={error ? true : undefined}>
      <legend className="field__label">{t('grade')}</legend>
      <div className="eligibility-grades__options">
        {GRADES.map((grade) => (
          <label key={grade} className="eligibility-grades__option">
            <input type="radio" name="grade" value={grade} checked={value === grade} onChange={() => onChange(grade)} />
            {t(`grades.${grade}`)}
          </label>
        ))}
      </div>
      {error && <p className="field__error">{error}</p>}
    </fieldset>
  );
}
