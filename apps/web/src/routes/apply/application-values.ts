import { mainlandMobile, mobileDigits, typedNumber } from '@yingcai/domain';
import { checkDateOfBirth, checkIdNumber } from '@yingcai/domain/applications';
import { toProgrammeDate } from '@yingcai/domain/cycle';
import type { ApplicationDraftInput, Gender, WebApplicationFragment } from '@yingcai/schema';
import { NOT_LISTED } from '../eligibility/self-check';

/** The form as typed: every field a string, '' before anything is typed. */
export interface ApplicationValues {
  name: string;
  gender: Gender | '';
  dateOfBirth: string;
  idNumber: string;
  /** A participating school's id, NOT_LISTED when the applicant names another school, or ''. */
  schoolId: string;
  /** R-APP-1: the school named when it is not listed. */
  unlistedSchool: string;
  grade: '' | '10' | '11';
  className: string;
  phone: string;
  disciplineCode: string;
  /** Ranked mentor choices: index 0 is the first choice, '' no choice. */
  mentorIds: string[];
  subjectRank: string;
  overallRank: string;
  gradeSize: string;
  statement: string;
}

export type ApplicationField = Exclude<keyof ApplicationValues, 'mentorIds'> | 'mentorChoices';


const text = (value: string | number | null | undefined) => (value === null || value === undefined ? '' : String(value));

/** The form as the server has the application (a draft of nothing when there is none yet). */
export function valuesOf(application: WebApplicationFragment | null, maxMentorChoices: number): ApplicationValues {
  const ranked = [...(application?.mentorChoices ?? [])].sort((a, b) => a.rank - b.rank).map((c) => c.mentorId);
  const grade = text(application?.grade);
  return {
    name: text(application?.name),
    gender: application?.gender ?? '',
    dateOfBirth: text(application?.dateOfBirth),
    idNumber: text(application?.idNumber),
    schoolId: application?.unlistedSchool ? NOT_LISTED : text(application?.schoolId),
    unlistedSchool: text(application?.unlistedSchool),
    grade: grade === '10' || grade === '11' ? grade : '',
    className: text(application?.className),
    phone: text(application?.phone),
    disciplineCode: text(application?.disciplineCode),
    mentorIds: Array.from({ length: Math.max(maxMentorChoices, ranked.length) }, (_, i) => ranked[i] ?? ''),
    subjectRank: text(application?.subjectRank),
    overallRank: text(application?.overallRank),
    gradeSize: text(application?.gradeSize),
    statement: text(application?.statement),
  };
}

const NUMBER_FIELDS = ['subjectRank', 'overallRank', 'gradeSize'] as const;
const isWholeNumber = (typed: string) => /^\d+$/.test(typedNumber(typed)) && Number(typedNumber(typed)) >= 1;

const isMobile = (typed: string) => mainlandMobile(typed) !== null;

/** The fields whose value the API would refuse: they wait in the browser until put right, so the rest still saves. */
export function unsendable(values: ApplicationValues, today = toProgrammeDate(new Date())): Partial<Record<ApplicationField, string>> {
  const found: Partial<Record<ApplicationField, string>> = {};
  const dateProblem = values.dateOfBirth === '' ? null : checkDateOfBirth(values.dateOfBirth, today);
  if (dateProblem) found.dateOfBirth = dateProblem;
  const checked = checkIdNumber(values.idNumber);
  if (values.idNumber.trim() !== '' && !checked.ok) found.idNumber = checked.error.code;
  if (values.phone.trim() !== '' && !isMobile(values.phone)) found.phone = 'INVALID_PHONE';
  for (const field of NUMBER_FIELDS) if (values[field].trim() !== '' && !isWholeNumber(values[field])) found[field] = 'notNumber';
  return found;
}

/** What the browser says is wrong, the keys of its messages: the ID (GB 11643 check digit) and phone once fully typed, numbers at once. */
export function typingErrors(values: ApplicationValues): Partial<Record<ApplicationField, string>> {
  const found = unsendable(values);
  // a number still being typed is not yet wrong
  if (values.idNumber.trim().length < 18) delete found.idNumber;
  if (mobileDigits(values.phone).length < 11) delete found.phone;
  return found;
}

/** One field's value as the API takes it: '' clears it. */
function inputOf(values: ApplicationValues, field: ApplicationField): Partial<ApplicationDraftInput> {
  if (field === 'mentorChoices') {
    const choices = values.mentorIds.filter(Boolean).map((mentorId, i) => ({ mentorId, rank: i + 1 }));
    return { mentorChoices: choices };
  }
  if (field === 'schoolId' && values.schoolId === NOT_LISTED) return { schoolId: null };
  const typed = field === 'phone' ? mobileDigits(values.phone) : values[field].trim();
  if (typed === '') return { [field]: null };
  if (field === 'grade' || NUMBER_FIELDS.includes(field as (typeof NUMBER_FIELDS)[number])) return { [field]: Number(typedNumber(typed)) };
  return { [field]: typed };
}

const sameField = (a: ApplicationValues, b: ApplicationValues, field: ApplicationField) =>
  field === 'mentorChoices' ? a.mentorIds.join() === b.mentorIds.join() : a[field] === b[field];

export const FIELDS: readonly ApplicationField[] = [
  'name', 'gender', 'dateOfBirth', 'idNumber', 'schoolId', 'unlistedSchool', 'grade', 'className', 'phone',
  'disciplineCode', 'mentorChoices', 'subjectRank', 'overallRank', 'gradeSize', 'statement',
];

/** Every field typed since `saved`, sendable or not. */
export const typedFields = (values: ApplicationValues, saved: ApplicationValues): ApplicationField[] =>
  FIELDS.filter((field) => !sameField(values, saved, field));

/** The fields typed since `saved` that can be sent: a value the browser knows is wrong waits until it is put right. */
export function changedFields(values: ApplicationValues, saved: ApplicationValues): ApplicationField[] {
  const wrong = unsendable(values);
  return typedFields(values, saved).filter((field) => !wrong[field]);
}

/** The draft input for some fields; a field left out is kept by the API. */
export function draftInput(values: ApplicationValues, fields: readonly ApplicationField[]): ApplicationDraftInput {
  return Object.assign({}, ...fields.map((field) => inputOf(values, field))) as ApplicationDraftInput;
}

/** `base` with the fields of `from` copied in: what was saved plus what is being saved. */
export function withFields(base: ApplicationValues, from: ApplicationValues, fields: readonly ApplicationField[]): ApplicationValues {
  const next = { ...base, mentorIds: [...base.mentorIds] };
  for (const field of fields) {
    if (field === 'mentorChoices') next.mentorIds = [...from.mentorIds];
    else (next as unknown as Record<string, string>)[field] = from[field];
  }
  return next;
}

/** Date of birth and gender from a valid ID number (GB 11643), else nothing. */
export function fromIdNumber(idNumber: string): Partial<ApplicationValues> {
  const checked = checkIdNumber(idNumber);
  if (!checked.ok) return {};
  return { dateOfBirth: checked.value.dateOfBirth, gender: checked.value.gender === 'male' ? 'MALE' : 'FEMALE' };
}
