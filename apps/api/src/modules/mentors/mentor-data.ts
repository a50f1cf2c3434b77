import { isHonourCode, type MentorTeamMember } from '@yingcai/domain/mentors';
import { AppError } from '../../graphql/errors.js';
import type { MentorAppointment } from './mentor-appointment.entity.js';
import type { Mentor } from './mentor.entity.js';
import { mentorSearchText } from './search-text.js';

export interface MentorData {
  title: string;
  honours: string[];
  researchFields: string[];
  profile: string;
  capacity: number;
  team: MentorTeamMember[];
}

const LIMITS = { title: 50, researchFields: 8, researchField: 30, profile: 500, capacity: 10, team: 20 };

const badInput = (field: string, message: string) => new AppError('BAD_USER_INPUT', message, { field });

/** Input checks (not programme rules): the honours are R-MENTOR-1's, the lists and texts have sane sizes. */
export function checkMentorData(data: MentorData): MentorData {
  const researchFields = data.researchFields.map((field) => field.trim()).filter(Boolean);
  const unknown = data.honours.filter((code) => !isHonourCode(code));
  if (unknown.length > 0) throw badInput('honours', `not an honour of R-MENTOR-1: ${unknown.join(', ')}`);
  if (data.title.trim().length > LIMITS.title) throw badInput('title', `the title has at most ${LIMITS.title} characters`);
  if (researchFields.length === 0 || researchFields.length > LIMITS.researchFields) throw badInput('researchFields', `give 1 to ${LIMITS.researchFields} research fields`);
  if (researchFields.some((field) => field.length > LIMITS.researchField)) throw badInput('researchFields', `a research field has at most ${LIMITS.researchField} characters`);
  if (data.profile.trim().length > LIMITS.profile) throw badInput('profile', `the profile has at most ${LIMITS.profile} characters`);
  if (!Number.isInteger(data.capacity) || data.capacity < 1 || data.capacity > LIMITS.capacity) throw badInput('capacity', `a mentor takes 1 to ${LIMITS.capacity} students`);
  if (data.team.length > LIMITS.team) throw badInput('team', `a team has at most ${LIMITS.team} members`);
  if (data.team.some((member) => !member.name.trim())) throw badInput('team', 'every team member needs a name');
  return {
    title: data.title.trim(), honours: [...new Set(data.honours)], researchFields, profile: data.profile.trim(), capacity: data.capacity,
    team: data.team.map((member) => ({ ...member, name: member.name.trim() })),
  };
}

export function applyMentorData(mentor: Mentor, appointment: MentorAppointment, data: MentorData): void {
  Object.assign(mentor, { title: data.title, honours: data.honours, researchFields: data.researchFields, profile: data.profile });
  mentor.searchText = mentorSearchText(mentor);
  Object.assign(appointment, { capacity: data.capacity, team: data.team });
}
