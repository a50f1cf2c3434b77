import type { EntityManager } from '@mikro-orm/core';
import { idCheckCharacter, type ApplicationStatus } from '@yingcai/domain/applications';
import { idNumberHash } from '../../crypto/lookup-hash.js';
import { Account } from '../../modules/accounts/account.entity.js';
import { Application } from '../../modules/applications/application.entity.js';
import { Cycle } from '../../modules/cycles/cycle.entity.js';
import { MentorAppointment } from '../../modules/mentors/mentor-appointment.entity.js';
import { School } from '../../modules/schools/school.entity.js';

const SURNAMES = [...'李王张刘陈杨赵黄周吴'];
const GIVEN = ['思远', '雨桐', '子涵', '浩然', '欣怡', '梓轩', '若曦', '宇航', '佳琪', '一鸣'];
const AT = new Date('2025-11-12T02:00:00Z');

/** Who waits where: the demo coordinator's school has submissions to recommend, a participating school fills the review queue. */
const GROUPS: { school: string; status: ApplicationStatus; count: number }[] = [
  { school: '太原市第五中学（演示）', status: 'submitted', count: 8 },
  { school: '太原市第十中学（演示）', status: 'school_recommended', count: 20 },
];

const idNumber = (n: number) => {
  const first17 = `14010520080${1 + (n % 9)}15${String(100 + n).slice(-3)}`;
  return first17 + idCheckCharacter(first17);
};

/**
 * For `npm start` only: demo applications of 2026 (accounts without a password, e-mails at
 * yingcai.test), so 学校推荐, 资料审核 and 遴选看板 have rows to try. Seeded once.
 */
export async function seedDemoApplications(em: EntityManager): Promise<void> {
  const cycle = await em.findOne(Cycle, { year: 2026 }, { populate: ['disciplines'] });
  if (!cycle || (await em.count(Application, { cycle, applicationNumber: { $like: 'SX2026-D%' } })) > 0) return;
  const appointments = await em.find(MentorAppointment, { cycle, status: 'approved' }, { populate: ['mentor'] });
  const codes = cycle.disciplines.getItems().map((d) => d.code);
  let n = 0;
  for (const group of GROUPS) {
    const school = await em.findOne(School, { name: group.school });
    if (!school) continue;
    for (let i = 0; i < group.count; i += 1, n += 1) {
      const disciplineCode = codes[n % codes.length]!;
      const mentor = appointments.find((a) => a.mentor.getEntity().disciplineCode === disciplineCode)?.mentor.id;
      const name = `${SURNAMES[n % SURNAMES.length]}${GIVEN[(n * 3) % GIVEN.length]}`;
      const applicant = em.create(Account, { email: `demo-applicant-${n + 1}@yingcai.test`, displayName: `${name}（演示）`, status: 'active' });
      em.create(Application, {
        cycle, applicant, status: group.status, applicationNumber: `SX2026-D${String(n + 1).padStart(4, '0')}`, name, gender: n % 2 ? 'male' : 'female',
        dateOfBirth: `2008-0${1 + (n % 9)}-15`, idNumber: idNumber(n), submittedIdHash: idNumberHash(idNumber(n)), school, grade: 10 + (n % 2), className: `高${n % 2 ? '二' : '一'}（${1 + (n % 6)}）班`,
        phone: `1390000${String(1000 + n).slice(-4)}`, disciplineCode, mentorChoices: mentor ? [{ mentorId: mentor, rank: 1 }] : [],
        subjectRank: n % 7 === 6 ? 100 : 3 + n, overallRank: n % 7 === 6 ? 120 : 10 + n, gradeSize: 600, statement: '我对这一学科的科学研究有浓厚兴趣，希望在导师指导下完成一个小课题。',
        createdAt: AT, updatedAt: AT, submittedAt: AT,
      });
    }
  }
  await em.flush();
}
