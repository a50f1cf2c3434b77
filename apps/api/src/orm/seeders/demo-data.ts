import type { EntityManager } from '@mikro-orm/core';
import type { Role } from '@yingcai/domain/access';
import { Account } from '../../modules/accounts/account.entity.js';
import { RoleGrant } from '../../modules/accounts/role-grant.entity.js';
import { hashPassword } from '../../modules/accounts/secrets.js';
import { University } from '../../modules/cycles/university.entity.js';
import { Mentor } from '../../modules/mentors/mentor.entity.js';
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

/** Demo schools, a mentor and an account for every role, marked as demo data. Never seeded in production. */
export async function seedDemoData(em: EntityManager): Promise<DemoLogin[]> {
  if (await em.count(Account, { email: DEMO[0]!.login })) return DEMO;
  const university = await em.findOneOrFail(University, { name: '山西大学' });
  const school = em.create(School, { name: '太原市第五中学（演示）', districtCode: '140106', isDemo: true });
  em.create(School, { name: '山西省实验中学（演示）', districtCode: '140107', isDemo: true });
  const mentor = em.create(Mentor, { name: '陈教授（演示）', university, disciplineCode: 'physics', isDemo: true });
  const scopes: Partial<Record<Role, string>> = { school_coordinator: school.id, mentor: mentor.id, university_coordinator: String(university.id) };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const demo of DEMO) {
    const contact = demo.login.includes('@') ? { email: demo.login } : { phone: demo.login };
    const account = em.create(Account, { ...contact, displayName: demo.displayName, passwordHash, status: 'active' });
    em.create(RoleGrant, { account, role: demo.role, scopeId: scopes[demo.role] ?? null });
  }
  await em.flush();
  return DEMO;
}
