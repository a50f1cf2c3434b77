import type { WebApplicationFragment, WebApplyCycleQuery } from '@yingcai/schema';
import { useDescribeFailure } from '../../components/failure';
import { FormNotice } from '../../components/form';
import { typingErrors, unsendable, type ApplicationField } from './application-values';
import { ChoiceSection } from './choice-section';
import type { FormBinding } from './form-binding';
import { MaterialsSection } from './materials-section';
import { RanksSection } from './ranks-section';
import { SaveStatus } from './save-status';
import { SchoolSection, type ParticipatingSchool } from './school-section';
import { StudentSection } from './student-section';
import { SubmitSection } from './submit-section';
import { useApplicationDraft, type SaveRefusal } from './use-application-draft';
import { useApplyTranslation } from './use-apply-translation';
import { useMaterials } from './use-materials';
import { useSubmission } from './use-submission';

interface ApplicationFormProps {
  cycle: WebApplyCycleQuery['cycle'];
  schools: readonly ParticipatingSchool[];
  application: WebApplicationFragment | null;
}

const isEmpty = (form: FormBinding['values'], field: ApplicationField) =>
  field === 'mentorChoices' ? !form.mentorIds.some(Boolean) : form[field].trim() === '';

/** Each field's message: what the browser sees while typing, then the API's refusal of a save, then a field left empty at submission. */
function useErrorOf(values: FormBinding['values'], refusal: SaveRefusal | undefined, missing: readonly string[]) {
  const { t } = useApplyTranslation();
  const describe = useDescribeFailure();
  const typing = typingErrors(values);
  const held = unsendable(values);
  return (field: ApplicationField): string | undefined => {
    // a field the submission found missing may be half typed: say what is wrong with it
    const code = typing[field] ?? (missing.includes(field) ? held[field] : undefined);
    if (code) return t(`errors.${code}` as 'errors.missing');
    if (refusal?.field === field) return t(`errors.${refusal.reason}` as 'errors.missing', { defaultValue: t('errors.saveRefused', { message: describe(refusal.error) }) });
    if (missing.includes(field) && isEmpty(values, field)) return t('errors.missing');
    return undefined;
  };
}

/** The whole application, saved as it is typed; 提交报名 at the end. */
export function ApplicationForm({ cycle, schools, application }: ApplicationFormProps) {
  const { t } = useApplyTranslation();
  const draft = useApplicationDraft(cycle.year, application, cycle.rules.maxMentorChoices);
  const submission = useSubmission(cycle.year, draft);
  const materials = useMaterials(cycle.year, application?.materials ?? [], draft.ensureDraft);
  const errorOf = useErrorOf(draft.values, draft.refusal, submission.problems?.missing ?? []);
  const form: FormBinding = { values: draft.values, change: draft.change, errorOf };
  return (
    <>
      <SaveStatus state={draft.state} onRetry={() => void draft.save().catch(() => undefined)} />
      {draft.conflict && <FormNotice>{t('save.conflict')}</FormNotice>}
      <StudentSection form={form} />
      <SchoolSection form={form} schools={schools} />
      <ChoiceSection form={form} cycle={cycle} />
      <RanksSection form={form} />
      <MaterialsSection materials={materials} />
      <SubmitSection problems={submission.problems} pending={submission.pending} onSubmit={submission.submit} />
    </>
  );
}
