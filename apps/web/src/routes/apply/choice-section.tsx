import { WebApplyMentorsDocument, type WebApplyCycleQuery, type WebApplyMentorsQuery } from '@yingcai/schema';
import { usePublicQuery } from '@yingcai/ui/public-query';
import { QueryFallback } from '../../components/query-fallback';
import type { FormBinding } from './form-binding';
import { SelectField } from './select-field';
import { useApplyTranslation } from './use-apply-translation';

type Cycle = WebApplyCycleQuery['cycle'];
type Mentor = WebApplyMentorsQuery['mentorDirectory']['rows'][number];

/** R-APP-3: 1..maxMentorChoices approved mentors of the discipline, first choice first; a mentor is offered once. */
function MentorChoices({ form, mentors }: { form: FormBinding; mentors: readonly Mentor[] }) {
  const { t } = useApplyTranslation();
  const { mentorIds } = form.values;
  const choose = (index: number, mentorId: string) => form.change({ mentorIds: mentorIds.map((id, i) => (i === index ? mentorId : id)) });
  if (mentors.length === 0) return <p>{t('choice.noMentors')}</p>;
  return mentorIds.map((chosen, index) => {
    const mentor = mentors.find((m) => m.id === chosen);
    const taken = new Set(mentorIds.filter((id, i) => id && i !== index));
    const hint = mentor ? `${mentor.title} ${mentor.university.name} · ${t('choice.researchFields', { fields: mentor.researchFields.join('、') })}` : undefined;
    return (
      <SelectField key={index} label={t('choice.mentor', { rank: index + 1 })} value={chosen} onChange={(id) => choose(index, id)} error={index === 0 ? form.errorOf('mentorChoices') : undefined} hint={hint}>
        <option value="">{t('choice.mentorNone')}</option>
        {mentors.filter((m) => !taken.has(m.id)).map((m) => (
          <option key={m.id} value={m.id}>
            {m.name} · {m.researchFields.join('、')}
          </option>
        ))}
      </SelectField>
    );
  });
}

function DisciplineMentors({ form, year }: { form: FormBinding; year: number }) {
  const { data, loading, error, refetch } = usePublicQuery(WebApplyMentorsDocument, { year, disciplineCode: form.values.disciplineCode });
  if (!data || loading) return <QueryFallback loading={loading} error={error} onRetry={refetch} />;
  return <MentorChoices form={form} mentors={data.mentorDirectory.rows} />;
}

/** 学科与导师: changing the discipline clears the mentor choices, which belong to one discipline. */
export function ChoiceSection({ form, cycle }: { form: FormBinding; cycle: Cycle }) {
  const { t } = useApplyTranslation();
  const { disciplineCode, mentorIds } = form.values;
  const chooseDiscipline = (code: string) => form.change({ disciplineCode: code, mentorIds: mentorIds.map(() => '') });
  return (
    <section className="form-card form" aria-labelledby="apply-choice">
      <h2 id="apply-choice">{t('choice.heading')}</h2>
      <SelectField label={t('choice.discipline')} value={disciplineCode} onChange={chooseDiscipline} error={form.errorOf('disciplineCode')}>
        <option value="">{t('school.choose')}</option>
        {cycle.disciplines.map((d) => (
          <option key={d.code} value={d.code}>
            {d.name}
          </option>
        ))}
      </SelectField>
      <p className="field__hint">{t('choice.mentorsHint', { count: cycle.rules.maxMentorChoices })}</p>
      {disciplineCode ? <DisciplineMentors form={form} year={cycle.year} /> : <p>{t('choice.chooseDisciplineFirst')}</p>}
    </section>
  );
}
