import type { WebEligibilityCycleQuery, WebParticipatingSchoolsQuery } from '@yingcai/schema';

export function eligibilityCycleAnswer(): { data: WebEligibilityCycleQuery } {
  return {
    data: {
      cycle: {
        year: 2026,
        disciplines: [
          { code: 'physics', name: '物理学' },
          { code: 'mathematics', name: '数学' },
        ],
        rules: { subjectRankTopPercent: 10, overallRankTopPercent: 15 },
      },
    },
  };
}

export function participatingSchoolsAnswer(): { data: WebParticipatingSchoolsQuery } {
  return {
    data: {
      participatingSchools: [
        { id: 's-chengcheng', name: '太原市成成中学', districtCode: '140105' },
        { id: 's-jinshan', name: '太原市进山中学', districtCode: '140106' },
      ],
    },
  };
}
