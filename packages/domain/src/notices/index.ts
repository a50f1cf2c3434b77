export {
  DEFAULT_NOTICE_TEMPLATES,
  isNoticeTemplateKey,
  NOTICE_TEMPLATE_KEYS,
  type NoticeTemplateKey,
  type NoticeTemplateSpec,
  type NoticeText,
} from './notice-templates.js';
export { checkNoticeText, MAX_BODY_LENGTH, MAX_SUBJECT_LENGTH, placeholdersOf, renderNotice } from './render-notice.js';
export { isSmsTemplateKey, SMS_TEMPLATE_PARAMS, smsNamedParams, smsParams, type SmsTemplateKey } from './sms-templates.js';
