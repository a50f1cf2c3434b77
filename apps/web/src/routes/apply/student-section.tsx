import { SHORT_TEXT_MAX_LENGTH } from '@yingcai/domain/applications';
import { TextField } from '../../components/form';
import { fromIdNumber } from './application-values';
import { ChoiceRadios } from './choice-radios';
import { textProps, type FormBinding } from './form-binding';
import { useApplyTranslation } from './use-apply-translation';

/** 学生信息: the ID number fills in date of birth and gender once its check digit is right. */
export function StudentSection({ form }: { form: FormBinding }) {
  const { t } = useApplyTranslation();
  const genders = (['MALE', 'FEMALE'] as const).map((value) => ({ value, label: t(`student.genders.${value}`) }));
  return (
    <section className="form-card form" aria-labelledby="apply-student">
      <h2 id="apply-student">{t('student.heading')}</h2>
      <TextField label={t('student.name')} autoComplete="name" maxLength={SHORT_TEXT_MAX_LENGTH} {...textProps(form, 'name')} />
      <TextField
        label={t('student.idNumber')}
        hint={t('student.idHint')}
        autoComplete="off"
        maxLength={18}
        spellCheck={false}
        {...textProps(form, 'idNumber')}
        onChange={(e) => form.change({ idNumber: e.target.value, ...fromIdNumber(e.target.value) })}
      />
      <ChoiceRadios name="gender" legend={t('student.gender')} options={genders} value={form.values.gender} onChange={(gender) => form.change({ gender })} error={form.errorOf('gender')} />
      <TextField label={t('student.dateOfBirth')} type="date" autoComplete="bday" {...textProps(form, 'dateOfBirth')} />
    </section>
  );
}
