/**
 * The notices an applicant receives, as templates the office edits (通知模板). `{{name}}`
 * stands for a value filled in when the notice is sent; each template lists the values it may use.
 */
export type NoticeTemplateKey =
  | 'application_submitted'
  | 'school_recommended'
  | 'school_declined'
  | 'review_conformant'
  | 'review_nonconformant'
  | 'invitation'
  | 'interview_slot'
  | 'interview_slot_changed'
  | 'draft_reminder'
  | 'admission_admitted'
  | 'admission_waitlisted'
  | 'admission_not_admitted'
  | 'objection_answered'
  | 'admission_confirmed'
  | 'admission_declined'
  | 'waitlist_offer';

export interface NoticeText {
  subject: string;
  body: string;
}

export interface NoticeTemplateSpec extends NoticeText {
  /** The placeholders this notice may use; every one is filled when it is sent. */
  variables: readonly string[];
}

const GREETING = '{{name}}同学，您好：\n';
const NUMBERED = ['name', 'applicationNumber'] as const;

/** The texts the programme starts with; an office's edit replaces one until it is reset. */
export const DEFAULT_NOTICE_TEMPLATES: Readonly<Record<NoticeTemplateKey, NoticeTemplateSpec>> = {
  application_submitted: {
    subject: '英才计划：报名已提交',
    body: `${GREETING}您的{{year}}年英才计划报名已提交，报名号 {{applicationNumber}}。学校推荐后由省级管理办公室审核，请留意通知。`,
    variables: [...NUMBERED, 'year'],
  },
  school_recommended: {
    subject: '英才计划：报名审核进展',
    body: `${GREETING}您的英才计划报名（报名号 {{applicationNumber}}）已获学校推荐，等待省英才计划办公室资料审核。`,
    variables: NUMBERED,
  },
  school_declined: {
    subject: '英才计划：报名审核进展',
    body: `${GREETING}您的英才计划报名（报名号 {{applicationNumber}}）未获学校推荐，学校说明：{{note}}。`,
    variables: [...NUMBERED, 'note'],
  },
  review_conformant: {
    subject: '英才计划：报名审核进展',
    body: `${GREETING}您的英才计划报名（报名号 {{applicationNumber}}）已通过资料审核，请留意潜质测评通知。`,
    variables: NUMBERED,
  },
  review_nonconformant: {
    subject: '英才计划：报名审核进展',
    body: `${GREETING}您的英才计划报名（报名号 {{applicationNumber}}）未通过资料审核，原因：{{reason}}。`,
    variables: [...NUMBERED, 'reason'],
  },
  invitation: {
    subject: '英才计划：面试邀请',
    body: `${GREETING}您的英才计划报名（报名号 {{applicationNumber}}）潜质测评成绩 {{score}} 分，已达到本学科分数线，受邀参加面试，面试安排将另行通知。`,
    variables: [...NUMBERED, 'score'],
  },
  interview_slot: {
    subject: '英才计划：面试安排',
    body: `${GREETING}您的英才计划报名（报名号 {{applicationNumber}}）已安排面试：\n时间：{{time}}（北京时间）\n{{where}}\n请按时参加。`,
    variables: [...NUMBERED, 'time', 'where'],
  },
  interview_slot_changed: {
    subject: '英才计划：面试安排',
    body: `${GREETING}您的英才计划报名（报名号 {{applicationNumber}}）面试安排有变更：\n时间：{{time}}（北京时间）\n{{where}}\n请按时参加。`,
    variables: [...NUMBERED, 'time', 'where'],
  },
  draft_reminder: {
    subject: '英才计划：报名尚未提交',
    body: `${GREETING}您的{{year}}年英才计划报名尚未提交。报名将于 {{deadline}} 截止，请尽快登录网站完善并提交。`,
    variables: ['name', 'year', 'deadline'],
  },
  admission_admitted: {
    subject: '英才计划：录取结果',
    body: `${GREETING}您的英才计划报名（报名号 {{applicationNumber}}）已被录取。录取名单公示至 {{noticeEndsOn}}，请登录网站确认是否接受。`,
    variables: [...NUMBERED, 'noticeEndsOn'],
  },
  admission_waitlisted: {
    subject: '英才计划：录取结果',
    body: `${GREETING}您的英才计划报名（报名号 {{applicationNumber}}）已列入候补名单。如有名额空出，我们将按排名依次通知。`,
    variables: NUMBERED,
  },
  admission_not_admitted: {
    subject: '英才计划：录取结果',
    body: `${GREETING}您的英才计划报名（报名号 {{applicationNumber}}）本年度未被录取。感谢您的参与。`,
    variables: NUMBERED,
  },
  objection_answered: {
    subject: '英才计划：录取公示异议答复',
    body: '{{objectorName}}，您好：\n您对{{year}}年英才计划录取公示提出的异议，省英才计划办公室答复如下：\n{{answer}}',
    variables: ['objectorName', 'year', 'answer'],
  },
  admission_confirmed: {
    subject: '英才计划：已确认录取',
    body: `${GREETING}您已确认{{year}}年英才计划录取（报名号 {{applicationNumber}}）。培养安排将另行通知。`,
    variables: [...NUMBERED, 'year'],
  },
  admission_declined: {
    subject: '英才计划：已放弃录取',
    body: `${GREETING}您的{{year}}年英才计划录取（报名号 {{applicationNumber}}）已放弃（{{declineReason}}）。如有疑问请联系省英才计划办公室。`,
    variables: [...NUMBERED, 'year', 'declineReason'],
  },
  waitlist_offer: {
    subject: '英才计划：候补录取',
    body: `${GREETING}有录取名额空出，您已由候补转为{{year}}年英才计划录取（报名号 {{applicationNumber}}）。请于 {{replyBy}}（含）前登录网站确认或放弃录取，逾期未确认视为放弃。`,
    variables: [...NUMBERED, 'year', 'replyBy'],
  },
};

export const NOTICE_TEMPLATE_KEYS = Object.keys(DEFAULT_NOTICE_TEMPLATES) as NoticeTemplateKey[];

export const isNoticeTemplateKey = (key: string): key is NoticeTemplateKey => Object.hasOwn(DEFAULT_NOTICE_TEMPLATES, key);
