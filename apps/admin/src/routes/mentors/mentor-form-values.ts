import { mentorWarnings, type RuleWarning } from '@yingcai/domain/mentors';
import type { Degree, MentorDataInput, ProfessionalTitle, RecommendMentorInput } from '@yingcai/schema';
import type { AppointmentRow } from './mentor-query';

export const DEGREES: readonly Degree[] = ['DOCTORATE', 'MASTER', 'BACHELOR', 'OTHER'];
export const PROFESSIONAL_TITLES: readonly ProfessionalTitle[] = ['SENIOR', 'ASSOCIATE_SENIOR', 'INTERMEDIATE', 'JUNIOR', 'NONE'];

export interface TeamMemberValues {
  name?: string;
  degree?: Degree;
  title?: ProfessionalTitle;
}

/** What the mentor data form holds: the university enters it, the mentor completes it. */
export interface MentorDataValues {
  title?: string;
  honours?: string[];
  researchFields?: string[];
  profile?: string;
  capacity?: number;
  team?: TeamMemberValues[];
}

export interface RecommendValues extends MentorDataValues {
  name?: string;
  disciplineCode?: string;
  email?: string;
}

const clean = (value: string | undefined): string => (value ?? '').trim();

/** The form's values as MentorDataInput, trimmed; a member without a degree or title counts as 其他 / 无. */
export function toMentorDataInput(values: MentorDataValues): MentorDataInput {
  return {
    title: clean(values.title),
    honours: values.honours ?? [],
    researchFields: (values.researchFields ?? []).map((field) => field.trim()).filter(Boolean),
    profile: clean(values.profile),
    capacity: values.capacity ?? 0,
    team: (values.team ?? []).map((member) => ({ name: clean(member.name), degree: member.degree ?? 'OTHER', title: member.title ?? 'NONE' })),
  };
}

export function toRecommendInput(values: RecommendValues, year: number, universityId: string): RecommendMentorInput {
  return {
    ...toMentorDataInput(values),
    year,
    universityId,
    name: clean(values.name),
    disciplineCode: values.disciplineCode ?? '',
    email: clean(values.email),
  };
}

/** A new recommendation starts with room for one team member. */
export const NEW_RECOMMENDATION: RecommendValues = { honours: [], researchFields: [], capacity: 2, team: [{}] };

/** The appointment's data as the form's starting values. */
export function dataValuesOf(row: AppointmentRow): MentorDataValues {
  const { title, honours, researchFields, profile } = row.mentor;
  return { title, honours, researchFields, profile, capacity: row.capacity, team: row.team.map((m) => ({ ...m })) };
}

/**
 * R-MENTOR-1, R-MENTOR-4: what the office will be warned of, from the same domain function as the
 * server; a member row still being typed (no degree or title yet) is not judged.
 */
export function liveWarnings(values: Pick<MentorDataValues, 'honours' | 'team'>): RuleWarning[] {
  const team = (values.team ?? []).map((member) => {
    const typing = !member?.degree || !member.title;
    return {
      name: member?.name ?? '',
      // Counted as qualified until both are chosen, so members keep their numbers in the warnings.
      degree: typing ? 'doctorate' : (member.degree!.toLowerCase() as Lowercase<Degree>),
      title: typing ? 'senior' : (member.title!.toLowerCase() as Lowercase<ProfessionalTitle>),
    };
  });
  return mentorWarnings({ honours: values.honours ?? [], team });
}
