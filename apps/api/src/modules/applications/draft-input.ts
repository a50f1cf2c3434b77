import type { EntityManager } from '@mikro-orm/core';
import { checkDateOfBirth, checkIdNumber, SHORT_TEXT_MAX_LENGTH, STATEMENT_MAX_LENGTH, type MentorChoice } from '@yingcai/domain/applications';
import type { CalendarDate } from '@yingcai/domain/cycle';
import { AppError } from '../../graphql/errors.js';
import { parseContact } from '../accounts/index.js';
import type { Cycle } from '../cycles/index.js';
import { School } from '../schools/index.js';
import type { Application } from './application.entity.js';
import type { ApplicationDraftInput } from './application.input.js';


export type DraftChanges = Partial<Omit<Application, 'id' | 'cycle' | 'applicant' | 'version' | 'school'>> & { school?: School | null };

export const badInput = (field: string, reason: string, message: string): AppError => new AppError('BAD_USER_INPUT', message, { field, reason });

/** Applies `check` to a field that was sent; a field left out stays as it is, null clears it. */
function present<T, U>(value: T | null | undefined, check: (given: T) => U): U | null | undefined {
  if (value === undefined) return undefined;
  return value === null ? null : check(value);
}

function text(field: string, max: number) {
  return (given: string): string | null => {
    const trimmed = given.trim();
    if ([...trimmed].length > max) throw badInput(field, 'TOO_LONG', `${field} takes at most ${max} characters`);
    return trimmed === '' ? null : trimmed;
  };
}

function positive(field: string) {
  return (given: number): number => {
    if (given < 1) throw badInput(field, 'NOT_POSITIVE', `${field} is a whole number of at least 1`);
    return given;
  };
}

function idNumber(given: string): string {
  const checked = checkIdNumber(given);
  if (!checked.ok) throw badInput('idNumber', checked.error.code, checked.error.message);
  return checked.value.number;
}

function dateOfBirth(today: CalendarDate) {
  return (given: string): string => {
    const problem = checkDateOfBirth(given, today);
    if (problem) throw badInput('dateOfBirth', problem, `dateOfBirth is a date YYYY-MM-DD from 1900-01-01 to ${today}`);
    return given;
  };
}

function phone(given: string): string {
  const contact = parseContact(given);
  if (contact.kind !== 'phone') throw badInput('phone', 'INVALID_PHONE', 'give an 11-digit mainland mobile number');
  return contact.value;
}

async function school(em: EntityManager, id: string): Promise<School> {
  const found = await em.findOne(School, { id });
  if (!found) throw badInput('schoolId', 'UNKNOWN_SCHOOL', `no school ${id} in the school register`);
  return found;
}

function disciplineOf(cycle: Cycle) {
  return (code: string): string => {
    if (!cycle.disciplines.getItems().some((d) => d.code === code)) {
      throw badInput('disciplineCode', 'UNKNOWN_DISCIPLINE', `${code} is not a discipline of the ${cycle.year} cycle`);
    }
    return code;
  };
}

const choices = (given: { mentorId: string; rank: number }[]): MentorChoice[] => given.map(({ mentorId, rank }) => ({ mentorId, rank }));

/**
 * What a draft save changes, each field sent checked for what can be wrong with it alone (a
 * mistyped ID number, a 1001-character statement). Rules (grade 10 or 11, a participating school,
 * ranks, mentors) wait for the submission: a draft is never refused for a rule.
 */
export async function readDraftInput(em: EntityManager, cycle: Cycle, input: ApplicationDraftInput, today: CalendarDate): Promise<DraftChanges> {
  const changes: DraftChanges = {
    name: present(input.name, text('name', SHORT_TEXT_MAX_LENGTH)),
    gender: input.gender,
    dateOfBirth: present(input.dateOfBirth, dateOfBirth(today)),
    idNumber: present(input.idNumber, idNumber),
    grade: input.grade,
    className: present(input.className, text('className', SHORT_TEXT_MAX_LENGTH)),
    phone: present(input.phone, phone),
    disciplineCode: present(input.disciplineCode, disciplineOf(cycle)),
    mentorChoices: input.mentorChoices === null ? [] : present(input.mentorChoices, choices) ?? undefined,
    subjectRank: present(input.subjectRank, positive('subjectRank')),
    overallRank: present(input.overallRank, positive('overallRank')),
    gradeSize: present(input.gradeSize, positive('gradeSize')),
    statement: present(input.statement, text('statement', STATEMENT_MAX_LENGTH)),
  };
  if (input.schoolId !== undefined) changes.school = input.schoolId === null ? null : await school(em, input.schoolId);
  // R-APP-1: one school or the other — a listed school clears a named one, a named one the listed.
  const unlisted = present(input.unlistedSchool, text('unlistedSchool', SHORT_TEXT_MAX_LENGTH));
  if (unlisted !== undefined) changes.unlistedSchool = unlisted;
  if (changes.school) changes.unlistedSchool = null;
  else if (unlisted) changes.school = null;
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as DraftChanges;
}
