import type { EntityManager } from '@mikro-orm/core';
import { Cycle } from '../src/modules/cycles/cycle.entity.js';
import { University } from '../src/modules/cycles/university.entity.js';
import { MentorAppointment } from '../src/modules/mentors/mentor-appointment.entity.js';
import { Mentor } from '../src/modules/mentors/mentor.entity.js';
import { mentorSearchText } from '../src/modules/mentors/search-text.js';

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚'];
const FIELDS: Record<string, string[]> = {
  physics: ['量子光学', '凝聚态物理', '天体物理', '激光光谱', '冷原子'],
  mathematics: ['数论', '概率论', '偏微分方程', '代数几何', '数学建模'],
  computer_science: ['人工智能', '计算机视觉', '量子计算', '网络安全', '算法设计'],
  chemistry: ['催化化学', '有机合成', '纳米材料', '煤化学', '药物化学'],
  biology: ['分子生物学', '生态学', '神经生物学', '微生物学', '基因编辑'],
};

/** `count` mentors spread evenly over the five disciplines, all approved for 2026, inserted in bulk. */
export async function insertDirectoryMentors(em: EntityManager, count: number): Promise<void> {
  const cycle = await em.findOneOrFail(Cycle, { year: 2026 });
  const university = await em.findOneOrFail(University, { name: '山西大学' });
  const codes = Object.keys(FIELDS);
  const mentors = Array.from({ length: count }, (_, i) => {
    const disciplineCode = codes[i % codes.length]!;
    const name = `${SURNAMES[i % SURNAMES.length]}${GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]}${i}`;
    const fields = FIELDS[disciplineCode]!;
    const researchFields = [fields[i % fields.length]!, fields[(i + 2) % fields.length]!];
    return {
      id: `bench-${String(i).padStart(5, '0')}`,
      name,
      university: university.id,
      disciplineCode,
      title: '教授',
      honours: ['changjiang_scholar'],
      researchFields,
      profile: `${name}的导师简介：长期从事${researchFields.join('、')}研究。`,
      searchText: mentorSearchText({ name, researchFields }),
      isDemo: false,
    };
  });
  await em.insertMany(Mentor, mentors);
  const recommendedAt = new Date('2025-10-10T02:00:00Z');
  await em.insertMany(
    MentorAppointment,
    mentors.map((m) => ({ cycle: cycle.id, mentor: m.id, status: 'approved' as const, capacity: 3, team: [], recommendedAt, approvedAt: recommendedAt, version: 1 })),
  );
}
