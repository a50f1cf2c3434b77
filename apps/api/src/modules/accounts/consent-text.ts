/** The guardian consent text in force; a new wording gets a new version, and each consent keeps its own copy. */
export const GUARDIAN_CONSENT = {
  // Issue 23: 2026-2 names every recipient, the public notice and how long data is kept (PIPL Art. 14, 17, 31).
  version: '2026-2',
  text: [
    '本人是申请人的法定监护人，已阅读山西省中学生英才计划的实施方案与《个人信息处理规则》。',
    '本人同意申请人报名参加本计划，并同意为选拔、培养、评价和跟踪之目的，收集和使用申请人的姓名、学校、',
    '成绩排名、联系方式、身份证号码和申请材料，由所在中学的联络人、省级管理办公室、实施高校山西大学及其导师和导师团队处理；',
    '如被录取，申请人的姓名、学校和学科在公示期内向社会公示，姓名、身份证号码、学校和成绩报送全国中学生英才计划管理办公室。',
    '未录取者的报名信息在该年度遴选结束后一年内删除，录取学生的信息保存至跟踪期结束（毕业后五年）。',
    '上述信息仅用于本计划，不向其他第三方提供；本人可随时联系省级管理办公室查询、更正或撤回同意。',
  ].join(''),
} as const;
