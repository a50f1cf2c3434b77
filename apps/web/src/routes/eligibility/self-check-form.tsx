import { useState, type FormEvent } from 'react';
import { FormProblems, TextField } from '../../components/form';
import type { EligibilityCycle } from './eligibility-page';
import { GradeField } from './grade-field';
import { SchoolField, type ParticipatingSchool } from './school-field';
import { explain, missingChoices, runSelfCheck, type Finding, type SelfCheckField, type SelfCheckValues } from './self-check';
import { SelfCheckOutcome } from './self-check-outcome';
import { useEligibilityTranslation } from './use-eligibility-translation';

interface Outcome {
  eligible: boolean;
  findings: Finding[];
}

const FIELDS: readonly string[] = ['grade', 'schoolId', 'subjectRank', 'overallRank', 'gradeSize'];

/** The form: every number typed stays in the browser; the verdict is the domain's. */
export function SelfCheckForm({ cycle, schools }: { cycle: EligibilityCycle; schools: readonly ParticipatingSchool[] }) {
  const { t } = useEligibilityTranslation();
  const [values, setValues] = useState<SelfCheckValues>({ grade: '', schoolId: '', disciplineCode: cycle.disciplines[0]?.code ?? '', subjectRank: '', overallRank: '', gradeSize: '' });
  const [errors, setErrors] = useState<Partial<Record<SelfCheckField, string>>>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const set = (change: Partial<SelfCheckValues>) => setValues((old) => ({ ...old, ...change }));
  const numberField = (field: 'subjectRank' | 'overallRank' | 'gradeSize') => ({
    value: values[field],
    onChange: (e: { target: { value: string } }) => set({ [field]: e.target.value }),
    error: errors[field],
    inputMode: 'numeric' as const,
    autoComplete: 'off',
  });

  function check(event: FormEvent) {
    event.preventDefault();
    const missing = missingChoices(values);
    const result = runSelfCheck(values, cycle.rules, schools.map((s) => s.id));
    const found: Partial<Record<SelfCheckField, string>> = {};
    for (const e of result.inputErrors) if (FIELDS.includes(e.field)) found[e.field as SelfCheckField] = t(`errors.${e.code}` as 'errors.NO_RANK');
    for (const [field, key] of Object.entries(missing)) found[field as SelfCheckField] = t(`errors.${key}` as 'errors.gradeRequired');
    setErrors(found);
    const decided = Object.keys(found).length === 0;
    const schoolName = schools.find((s) => s.id === values.schoolId)?.name ?? null;
    setOutcome(decided ? { eligible: result.eligible, findings: explain(values, result, cycle.rules, schoolName) } : null);
  }

  const discipline = cycle.disciplines.find((d) => d.code === values.disciplineCode)?.name ?? '';
  return (
    <>
      <form className="form form-card" noValidate onSubmit={check}>
        <FormProblems fields={errors} />
        <GradeField value={values.grade} onChange={(grade) => set({ grade })} error={errors.grade} />
        <SchoolField schools={schools} value={values.schoolId} onChange={(schoolId) => set({ schoolId })} error={errors.schoolId} />
        <div className="field">
          <label className="field__label" htmlFor="eligibility-discipline">
            {t('discipline')}
          </label>
          <select id="eligibility-discipline" className="field__input" value={values.disciplineCode} onChange={(e) => set({ disciplineCode: e.target.value })}>
            {cycle.disciplines.map((d) => (
              <option key={d.code} value={d.code}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
        <TextField label={t('subjectRank', { discipline })} hint={t('rankHint')} {...numberField('subjectRank')} />
        <TextField label={t('overallRank')} {...numberField('overallRank')} />
        <TextField label={t('gradeSize')} hint={t('gradeSizeHint')} {...numberField('gradeSize')} />
        <button type="submit" className="button form-submit">
          {t('check')}
        </button>
      </form>
      {outcome && <SelfCheckOutcome {...outcome} rules={cycle.rules} />}
    </>
  );
}
