/** The guardian consent text in force; a new wording gets a new version, and each consent keeps its own copy. */
export const GUARDIAN_CONSENT = {
  version: '2026-1',
  text: [
    '本人是申请人的法定监护人，已阅读山西省中学生英才计划的实施方案与个人信息处理说明。',
    '本人同意申请人报名参加本计划，并同意省级管理办公室、实施高校与所在中学为选拔、培养、评价和跟踪之目的，',
    '收集和使用申请人的姓名、学校、成绩排名、联系方式、证件号码和申请材料。上述信息仅用于本计划，',
    '不向无关第三方提供；本人可随时联系省级管理办公室查询、更正或撤回同意。',
  ].join(''),
} as const;
