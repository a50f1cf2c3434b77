import type { Resource } from '@yingcai/domain/access';
import type { Mentor } from './mentor.entity.js';

export const mentorResource = (mentor: Mentor): Resource => ({ kind: 'mentor', mentorId: mentor.id, universityId: String(mentor.university.id) });
