import type { EntityManager } from '@mikro-orm/core';
import { toProgrammeDate, type CalendarDate } from '@yingcai/domain/cycle';
import { idCheckCharacter, type ApplicationStatus, type MentorChoice } from '@yingcai/domain/applications';
import { idNumberHash } from '../../crypto/lookup-hash.js';
import { Account } from '../../modules/accounts/account.entity.js';
import { Application } from '../../modules/applications/application.entity.js';
import { Cycle } from '../../modules/cycles/cycle.entity.js';
import { MentorAppointment } from '../../modules/mentors/mentor-appointment.entity.js';
import { School } from '../../modules/schools/school.entity.js';
import { seedDemoResults } from './demo-results.js';
import { demoPhase } from './demo-phase.js';

const SURNAMES = [...'李王张刘陈杨赵黄周吴'];
const GIVEN = ['思远', '雨桐', '子涵', '浩然', '欣怡', '梓轩', '若曦', '宇航', '佳琪', '一鸣'];

/** Who waits where: the demo coordinator's school has submissions to recommend, a participating school fills the review queue. */
const GROUPS: { school: string; status: ApplicationStatus; count: number }[] = [
  { school: '太原市第五中学（演示）', status: 'submitted', count: 8 },
  { school: '太原市第十中学（演示）', status: 'school_recommended', count: 20 },
];

const idNumber = (n: number) => {
  const first17 = `14010520080${1 + (n % 9)}15${String(1000 + n).slice(-3)}`;
  return first17 + idCheckCharacter(first17);
};

export interface DemoApplicant {
  n: number;
  school: School;
  status: ApplicationStatus;
  disciplineCode: string;
  mentorChoices: MentorChoice[];
  submittedAt: Date;
  /** The first demo cycle keeps its e-mails unprefixed, as databases seeded before had them. */
  emailPrefix: string;
}

/** One demo applicant (an account without a password, an e-mail at yingcai.test) and the application, as submitted. */
export function addDemoApplication(em: EntityManager, cycle: Cycle, a: DemoApplicant): Application {
  const name = `${SURNAMES[a.n % SURNAMES.length]}${GIVEN[(a.n * 3) % GIVEN.length]}`;
  const applicant = em.create(Account, { email: `demo-applicant-${a.emailPrefix}${a.n + 1}@yingcai.test`, displayName: `${name}（演示）`, status: 'active' });
  return em.create(Application, {
    cycle, applicant, status: a.status, applicationNumber: `${cycle.applicationNumberPrefix}${cycle.year}-D${String(a.n + 1).padStart(4, '0')}`, name, gender: a.n % 2 ? 'male' : 'female',
    dateOfBirth: `${cycle.year - 18}-0${1 + (a.n % 9)}-15`, idNumber: idNumber(a.n), submittedIdHash: idNumberHash(idNumber(a.n)), school: a.school, grade: 10 + (a.n % 2),
    className: `高${a.n % 2 ? '二' : '一'}（${1 + (a.n % 6)}）班`, phone: `139${String(cycle.year % 100).padStart(2, '0')}00${String(1000 + a.n).slice(-4)}`,
    disciplineCode: a.disciplineCode, mentorChoices: a.mentorChoices,
    subjectRank: a.n % 7 === 6 ? 100 : 3 + (a.n % 40), overallRank: a.n % 7 === 6 ? 120 : 10 + (a.n % 40), gradeSize: 600, statement: '我对这一学科的科学研究有浓厚兴趣，希望在导师指导下完成一个小课题。',
    createdAt: a.submittedAt, updatedAt: a.submittedAt, submittedAt: a.submittedAt,
  });
}

/** The first two approved demo mentors of each discipline of the cycle, as an applicant's ranked choices. */
export async function demoChoices(em: EntityManager, cycle: Cycle): Promise<(disciplineCode: string, n: number) => MentorChoice[]> {
  const appointments = await em.find(MentorAppointment, { cycle, status: 'approved', mentor: { isDemo: true } }, { populate: ['mentor'], orderBy: { mentor: { name: 'asc' } } });
  return (disciplineCode, n) => {
    const own = appointments.filter((a) => a.mentor.getEntity().disciplineCode === disciplineCode).map((a) => a.mentor.id);
    if (own.length === 0) return [];
    const first = own[n % own.length]!;
    const second = own[(n + 1) % own.length]!;
    return first === second ? [{ mentorId: first, rank: 1 }] : [{ mentorId: first, rank: 1 }, { mentorId: second, rank: 2 }];
  };
}

/** Submitted and recommended applications waiting for 学校推荐 and 资料审核, during registration and review. */
async function seedApplying(em: EntityManager, cycle: Cycle, emailPrefix: string): Promise<void> {
  const codes = cycle.disciplines.getItems().map((d) => d.code);
  const choices = await demoChoices(em, cycle);
  const submittedAt = new Date(`${cycle.milestones.getItems().find((m) => m.key === 'registration')!.startsOn}T02:00:00Z`);
  submittedAt.setUTCDate(submittedAt.getUTCDate() + 11);
  let n = 0;
  for (const group of GROUPS) {
    const school = await em.findOne(School, { name: group.school });
    if (!school) continue;
    for (let i = 0; i < group.count; i += 1, n += 1) {
      const disciplineCode = codes[n % codes.length]!;
      addDemoApplication(em, cycle, { n, school, status: group.status, disciplineCode, mentorChoices: choices(disciplineCode, n).slice(0, 1), submittedAt, emailPrefix });
    }
  }
}

/**
 * For `npm start` only: each cycle's demo applications as its phase on the real date has them —
 * waiting for schools and the office during registration, scored with the cut-offs to set after the
 * assessment, decided with a cohort once admissions are out. Seeded once per cycle.
 */
export async function seedDemoApplications(em: EntityManager, now: Date = new Date()): Promise<void> {
  const today: CalendarDate = toProgrammeDate(now);
  const cycles = await em.find(Cycle, {}, { orderBy: { year: 'asc' }, populate: ['disciplines', 'milestones'] });
  for (const [index, cycle] of cycles.entries()) {
    if ((await em.count(Application, { cycle, applicationNumber: { $like: `%${cycle.year}-D%` } })) > 0) continue;
    const emailPrefix = index === 0 ? '' : `${cycle.year}-`;
    const phase = demoPhase(cycle.milestones.getItems(), today);
    if (phase === 'applying') await seedApplying(em, cycle, emailPrefix);
    if (phase === 'scored' || phase === 'decided') await seedDemoResults(em, cycle, today, emailPrefix);
    await em.flush();
  }
}
