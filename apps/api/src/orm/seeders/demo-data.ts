import type { EntityManager } from '@mikro-orm/core';
import type { Role } from '@yingcai/domain/access';
import { Account } from '../../modules/accounts/account.entity.js';
import { emailWhere } from '../../modules/accounts/contact.js';
import { RoleGrant } from '../../modules/accounts/role-grant.entity.js';
import { hashPassword } from '../../modules/accounts/secrets.js';
import { University } from '../../modules/cycles/university.entity.js';
import { Cycle } from '../../modules/cycles/cycle.entity.js';
import { MentorAppointment } from '../../modules/mentors/mentor-appointment.entity.js';
import { Mentor } from '../../modules/mentors/mentor.entity.js';
import { mentorSearchText } from '../../modules/mentors/search-text.js';
import { DEMO_MENTOR_NAME, DEMO_MENTORS } from './demo-mentors.js';
import { shanxi2026 } from './shanxi-2026.js';
import { School } from '../../modules/schools/school.entity.js';

/** The password of every demo account: development only, printed by `npm start`. */
export const DEMO_PASSWORD = 'yingcai-demo-2026';

export interface DemoLogin {
  role: Role;
  login: string;
  displayName: string;
}

const DEMO: { role: Role; login: string; displayName: string }[] = [
  { role: 'admin', login: 'admin@yingcai.test', displayName: '系统管理员（演示）' },
  { role: 'office_staff', login: 'office@yingcai.test', displayName: '省管办 王老师（演示）' },
  { role: 'university_coordinator', login: 'university@yingcai.test', displayName: '山西大学 李老师（演示）' },
  { role: 'school_coordinator', login: 'school@yingcai.test', displayName: '太原五中 赵老师（演示）' },
  { role: 'mentor', login: 'mentor@yingcai.test', displayName: '陈教授（演示）' },
  { role: 'analyst', login: 'analyst@yingcai.test', displayName: '数据分析员（演示）' },
  { role: 'applicant', login: '13800000001', displayName: '张同学（演示）' },
];

/** The logins of the demo accounts that sign in with DEMO_PASSWORD. */
export const DEMO_LOGINS: readonly string[] = DEMO.map((demo) => demo.login);

/** Demo schools, mentors approved for 2026 and an account for every role, marked as demo data. Never seeded in production. */
export async function seedDemoData(em: EntityManager): Promise<DemoLogin[]> {
  const university = await em.findOneOrFail(University, { name: '山西大学' });
  const mentor = await seedDemoMentors(em, university);
  if (await em.count(Account, emailWhere(DEMO[0]!.login))) {
    await em.flush();
    return DEMO;
  }
  const school = em.create(School, { name: '太原市第五中学（演示）', districtCode: '140106', isDemo: true });
  em.create(School, { name: '山西省实验中学（演示）', districtCode: '140107', isDemo: true });
  const scopes: Partial<Record<Role, string>> = { school_coordinator: school.id, mentor: mentor.id, university_coordinator: String(university.id), office_staff: shanxi2026.province };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const demo of DEMO) {
    const contact = demo.login.includes('@') ? { email: demo.login } : { phone: demo.login };
    const account = em.create(Account, { ...contact, displayName: demo.displayName, passwordHash, status: 'active' });
    em.create(RoleGrant, { account, role: demo.role, scopeId: scopes[demo.role] ?? null });
  }
  await em.flush();
  return DEMO;
}

/**
 * The demo mentors, each approved for the 2026 cycle so the directory has something to show;
 * a database seeded before they existed gets them too. Returns 陈教授（演示）, the demo mentor account's.
 */
async function seedDemoMentors(em: EntityManager, university: University): Promise<Mentor> {
  const cycle = await em.findOne(Cycle, { year: 2026 });
  const existing = new Map((await em.find(Mentor, { isDemo: true })).map((m) => [m.name, m]));
  const appointed = new Set((await em.find(MentorAppointment, { mentor: { isDemo: true }, cycle })).map((a) => a.mentor.id));
  for (const [index, demo] of DEMO_MENTORS.entries()) {
    const mentor = existing.get(demo.name) ?? em.create(Mentor, { name: demo.name, university, disciplineCode: demo.disciplineCode, isDemo: true });
    em.assign(mentor, { ...demo, searchText: mentorSearchText(demo) });
    existing.set(demo.name, mentor);
    if (cycle && !appointed.has(mentor.id)) approveDemoAppointment(em, cycle, mentor, `DEMO-${cycle.year}-${String(index + 1).padStart(2, '0')}`);
  }
  return existing.get(DEMO_MENTOR_NAME)!;
}

/** Approved as new mentors, with an appointment letter numbered apart from the real sequence. */
export function approveDemoAppointment(em: EntityManager, cycle: Cycle, mentor: Mentor, letterNumber: string, decided = new Date('2025-10-31T02:00:00Z')): void {
  em.create(MentorAppointment, {
    cycle,
    mentor,
    status: 'approved',
    capacity: 3,
    recommendedAt: new Date('2025-10-10T02:00:00Z'),
    confirmedAt: decided,
    universityApprovedAt: decided,
    approvedAt: decided,
    letterNumber,
  });
}
