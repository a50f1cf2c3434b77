/** The public notice's strings: loaded with its chunk, not with the home page (first-load budget). */
export const admittedZhCN = {
  title: '录取公示',
  heading: '录取公示',
  lead: '{{year}}年度英才计划拟录取学生名单，公示至 {{endsAt}}（北京时间）。如有异议，请在公示期内实名提出。',
  closed: '目前没有正在公示的录取名单。',
  total: '共{{count}}名学生',
  name: '姓名',
  school: '学校',
  discipline: '学科',
  object: '提出异议',
  formHeading: '对{{name}}（{{school}}）提出异议',
  objectorName: '您的姓名',
  objectorContact: '您的邮箱或手机号',
  contactHint: '答复将发送到这里。',
  reason: '异议理由',
  reasonHint: '请写明事实和依据，最多2000字。',
  submit: '提交异议',
  cancel: '取消',
  sent: '异议已提交，省英才计划办公室核实后将答复您。',
  nameRequired: '请填写您的姓名',
  contactRequired: '请填写邮箱或手机号',
  reasonRequired: '请填写异议理由',
};

export type AdmittedStrings = typeof admittedZhCN;
