import type { HomeCycleQuery } from '@yingcai/schema';
import type { GraphQLAnswer } from '../../test/graphql-mock';

type Cycle = HomeCycleQuery['cycle'];

export function buildHomeCycle(overrides: Partial<Cycle> = {}): Cycle {
  return {
    year: 2026,
    province: '山西省',
    name: '2026年山西省中学生英才计划',
    disciplines: [
      { code: 'physics', name: '物理学' },
      { code: 'mathematics', name: '数学' },
      { code: 'computer_science', name: '计算机科学与技术' },
      { code: 'chemistry', name: '化学' },
      { code: 'biology', name: '生物学' },
    ],
    universities: [{ name: '山西大学' }],
    districts: [
      { name: '小店区' },
      { name: '迎泽区' },
    ],
    rules: {
      subjectRankTopPercent: 10,
      overallRankTopPercent: 15,
      interviewRatio: 3,
      minAdmissions: 40,
      minTrainingSessions: 10,
    },
    milestones: [
      { key: 'registration', name: '学生网上报名与审核', startsOn: '2025-11-01', endsOn: '2025-11-30' },
      { key: 'interview', name: '导师面试，报送学生名单', startsOn: '2025-12-01', endsOn: '2025-12-31' },
      { key: 'training', name: '学生培养', startsOn: '2026-01-01', endsOn: '2026-12-31' },
    ],
    currentPhase: 'interview',
    contact: { office: '山西省中学生英才计划省级管理办公室（设在山西省科学技术馆）', address: '太原市（演示地址）', phone: '0351-0000000', email: null, hours: null },
    ...overrides,
  };
}

export function homeCycleAnswer(cycle: Cycle = buildHomeCycle()): GraphQLAnswer {
  return { data: { cycle } };
}

export const networkDown = (): GraphQLAnswer => new TypeError('Failed to fetch');

export const noCycleYet = (): GraphQLAnswer => ({ errors: [{ message: 'no programme cycle exists yet', extensions: { code: 'NOT_FOUND' } }] });
