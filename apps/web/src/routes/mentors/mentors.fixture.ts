import type { WebMentorCardFragment, WebMentorCycleQuery, WebMentorDirectoryQuery, WebMentorQuery } from '@yingcai/schema';

export function mentorCycleAnswer(): { data: WebMentorCycleQuery } {
  return {
    data: {
      cycle: {
        year: 2026,
        disciplines: [
          { code: 'physics', name: '物理学' },
          { code: 'mathematics', name: '数学' },
          { code: 'computer_science', name: '计算机科学与技术' },
          { code: 'chemistry', name: '化学' },
          { code: 'biology', name: '生物学' },
        ],
      },
    },
  };
}

export function buildMentorCard(overrides: Partial<WebMentorCardFragment> = {}): WebMentorCardFragment {
  return {
    id: 'm-li',
    name: '李光远',
    title: '教授',
    university: { name: '山西大学' },
    discipline: { code: 'physics', name: '物理学' },
    researchFields: ['量子光学', '量子信息'],
    profile: '研究光与原子的相互作用。',
    photoUrl: null,
    ...overrides,
  };
}

export const zhaoMath = buildMentorCard({
  id: 'm-zhao',
  name: '赵静怡',
  discipline: { code: 'mathematics', name: '数学' },
  researchFields: ['概率论'],
  profile: '研究随机现象背后的规律。',
  photoUrl: '/mentor-photos/m-zhao',
});

export function directoryAnswer(rows: WebMentorCardFragment[], total = rows.length): { data: WebMentorDirectoryQuery } {
  return { data: { mentorDirectory: { total, rows } } };
}

export function mentorAnswer(overrides: Partial<WebMentorCardFragment> = {}): { data: WebMentorQuery } {
  return { data: { publicMentor: { ...buildMentorCard(overrides), honours: ['国家杰出青年科学基金获得者'] } } };
}
