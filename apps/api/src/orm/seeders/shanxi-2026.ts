import type { CycleSeed } from './cycle-seed.js';

/** The 2026 Shanxi cycle: the values in bold in RULES.md, from the implementation plan (§二, §八). */
export const shanxi2026: CycleSeed = {
  year: 2026,
  province: '山西省',
  name: '2026年山西省中学生英才计划',
  // The plan names the office and where it sits; address, phone, e-mail and hours are the office's to fill in.
  contact: { office: '山西省中学生英才计划省级管理办公室（设在山西省科学技术馆）', address: null, phone: null, email: null, hours: null },
  rules: {
    subjectRankTopPercent: 10,
    overallRankTopPercent: 15,
    interviewRatio: 3,
    minAdmissions: 40,
    minTrainingSessions: 10,
  },
  admission: { assessmentWeight: 0.4, interviewWeight: 0.6, publicNoticeDays: 5 },
  disciplines: [
    { code: 'physics', name: '物理学' },
    { code: 'mathematics', name: '数学' },
    { code: 'computer_science', name: '计算机科学与技术' },
    { code: 'chemistry', name: '化学' },
    { code: 'biology', name: '生物学' },
  ],
  universities: ['山西大学'],
  districts: [
    { code: '140105', name: '小店区' },
    { code: '140106', name: '迎泽区' },
    { code: '140107', name: '杏花岭区' },
    { code: '140108', name: '尖草坪区' },
    { code: '140109', name: '万柏林区' },
    { code: '140110', name: '晋源区' },
  ],
  milestones: [
    { key: 'school_participation', name: '确定参与中学', startsOn: '2025-07-01', endsOn: '2025-09-30' },
    { key: 'pre_training', name: '前置培养', startsOn: '2025-09-01', endsOn: '2025-11-30' },
    { key: 'mentor_recommendation', name: '推荐导师', startsOn: '2025-10-01', endsOn: '2025-10-31' },
    { key: 'registration', name: '学生网上报名与审核', startsOn: '2025-11-01', endsOn: '2025-11-30' },
    { key: 'potential_assessment', name: '学科潜质测评', startsOn: '2025-11-01', endsOn: '2025-11-30' },
    { key: 'cutoff', name: '确定面试名单', startsOn: '2025-12-01', endsOn: '2025-12-31' },
    { key: 'interview', name: '导师面试，报送学生名单', startsOn: '2025-12-01', endsOn: '2025-12-31' },
    { key: 'admission_confirmation', name: '录取确认', startsOn: '2025-12-25', endsOn: '2026-01-05' },
    { key: 'opening_meeting', name: '师生见面会', startsOn: '2026-01-01', endsOn: '2026-01-31' },
    { key: 'training', name: '学生培养', startsOn: '2026-01-01', endsOn: '2026-12-31' },
    { key: 'initial_evaluation', name: '初期评价', startsOn: '2026-04-01', endsOn: '2026-04-15' },
    { key: 'midterm_evaluation', name: '中期评价', startsOn: '2026-08-01', endsOn: '2026-08-31' },
    { key: 'annual_evaluation', name: '年度评价', startsOn: '2026-11-01', endsOn: '2026-11-30' },
    { key: 'annual_summary', name: '年度总结验收', startsOn: '2026-11-01', endsOn: '2026-12-31' },
  ],
  interviewRubric: [
    { code: 'research_potential', name: '科研潜质', maxPoints: 40 },
    { code: 'foundation', name: '学科基础', maxPoints: 30 },
    { code: 'expression', name: '表达与思维', maxPoints: 30 },
  ],
};
