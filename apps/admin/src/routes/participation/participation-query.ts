import type {
  AdminParticipationFragment,
  AdminParticipationsQueryVariables,
  GuidanceTeamInput,
  ParticipationSortField,
  ParticipationStatus,
} from '@yingcai/schema';
import { FIRST_PAGE as FIRST_TABLE_PAGE, pageInput, sortInput, type TableView } from '../../shell/server-table';

export type ParticipationRow = AdminParticipationFragment;
export type TeamPerson = NonNullable<ParticipationRow['team']['leader']>;

/** A school that has not applied yet shows as 未提交, like a draft. */
export type ShownStatus = ParticipationStatus | 'NONE';

export const STATUS_COLOURS: Record<ShownStatus, string> = {
  NONE: 'default',
  DRAFT: 'default',
  SUBMITTED: 'processing',
  APPROVED: 'success',
  REJECTED: 'error',
};

/** The statuses the office filters by (a draft is the school's own business). */
export const FILTER_STATUSES: readonly ParticipationStatus[] = ['SUBMITTED', 'APPROVED', 'REJECTED'];

/** The milestone of the cycle's schedule in which schools apply (R-SCOPE-3). */
export const PARTICIPATION_MILESTONE = 'school_participation';

/** What the office chose above the table; the server pages and filters. */
export interface OfficeView extends TableView {
  status?: ParticipationStatus;
}

export const FIRST_PAGE: OfficeView = FIRST_TABLE_PAGE;

const SORT_FIELDS: Record<string, ParticipationSortField> = { school: 'SCHOOL', submittedAt: 'SUBMITTED_AT', status: 'STATUS' };

/** The variables of AdminParticipations: the status and the order only when chosen. */
export function officeVariables(year: number, view: OfficeView): AdminParticipationsQueryVariables {
  const sort = sortInput(view, SORT_FIELDS);
  return {
    year,
    page: pageInput(view),
    ...(view.status ? { status: view.status } : {}),
    ...(sort ? { sort } : {}),
  };
}

/** A coordinator's list holds only their own school's rows (one per school and cycle): one page is all of it. */
export const coordinatorVariables = (year: number): AdminParticipationsQueryVariables => ({ year, page: { page: 1, pageSize: 100 } });

/** What the guidance-team form holds. `previousPhone` is the masked number of the last submission, never sent. */
export interface PersonValues {
  name?: string;
  title?: string;
  phone?: string;
  previousPhone?: string;
}

export interface TeacherValues {
  disciplineCode?: string;
  name?: string;
  phone?: string;
  previousPhone?: string;
}

export interface TeamValues {
  leader: PersonValues;
  contact: PersonValues;
  teachers: TeacherValues[];
}

const clean = (value: string | undefined): string => (value ?? '').trim();

/**
 * The form's values as GuidanceTeamInput (R-ORG-2), trimmed. Phones come back masked, so the form
 * starts with names, titles and disciplines of the last submission but never with a phone.
 */
export function toTeamInput(values: TeamValues): GuidanceTeamInput {
  const leader = values.leader ?? {};
  const contact = values.contact ?? {};
  return {
    leader: { name: clean(leader.name), title: clean(leader.title), phone: clean(leader.phone) },
    contact: { name: clean(contact.name), phone: clean(contact.phone) },
    teachers: (values.teachers ?? []).map((teacher) => ({
      disciplineCode: clean(teacher.disciplineCode),
      person: { name: clean(teacher.name), phone: clean(teacher.phone) },
    })),
  };
}

/** The last submission as the form's starting values; a first application starts with one empty teacher. */
export function teamValuesOf(row: ParticipationRow | undefined): TeamValues {
  if (!row) return { leader: {}, contact: {}, teachers: [{}] };
  const { leader, contact, teachers } = row.team;
  const person = (p: TeamPerson | null): PersonValues =>
    p ? { name: p.name, title: p.title ?? undefined, previousPhone: p.phone || undefined } : {};
  return {
    leader: person(leader),
    contact: person(contact),
    teachers: teachers.length
      ? teachers.map((t) => ({ disciplineCode: t.disciplineCode, name: t.person.name, previousPhone: t.person.phone || undefined }))
      : [{}],
  };
}

/** The office's participation list of a year as Excel (the API checks access as for the table). */
export const participationExportUrl = (year: number): string => `/api/participations/export.xlsx?year=${year}`;
