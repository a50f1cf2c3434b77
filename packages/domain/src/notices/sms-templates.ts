import { DEFAULT_NOTICE_TEMPLATES, NOTICE_TEMPLATE_KEYS, type NoticeTemplateKey } from './notice-templates.js';

/** The text messages that are not office-edited notices: codes, and the answer to a second registration. */
type SystemMessageKey = 'code_verify_contact' | 'code_reset_password' | 'code_guardian_consent' | 'account_exists';

/** Every message that may leave as a text message; settings map each to a provider template (短信模板). */
export type SmsTemplateKey = SystemMessageKey | NoticeTemplateKey;

const CODE_PARAMS = ['code', 'minutes'] as const;

/**
 * Issue 23: Chinese SMS providers send only approved templates filled with parameters, never free text.
 * Each message names its parameters here, in the order a Tencent template numbers them ({1}, {2}, …);
 * Alibaba templates use the same names (${code}). The provider's template must say the same as our text.
 */
export const SMS_TEMPLATE_PARAMS: Readonly<Record<SmsTemplateKey, readonly string[]>> = {
  code_verify_contact: CODE_PARAMS,
  code_reset_password: CODE_PARAMS,
  code_guardian_consent: CODE_PARAMS,
  account_exists: [],
  ...(Object.fromEntries(NOTICE_TEMPLATE_KEYS.map((key) => [key, DEFAULT_NOTICE_TEMPLATES[key].variables])) as Record<NoticeTemplateKey, readonly string[]>),
};

export const isSmsTemplateKey = (key: string): key is SmsTemplateKey => Object.hasOwn(SMS_TEMPLATE_PARAMS, key);

/** The parameters of one message by name, as Alibaba templates take them (`${code}`); a value the message lacks is empty. */
export const smsNamedParams = (key: SmsTemplateKey, values: Readonly<Record<string, string | number>>): Record<string, string> =>
  Object.fromEntries(SMS_TEMPLATE_PARAMS[key].map((name) => [name, String(values[name] ?? '')]));

/** The same parameters in the template's order, as Tencent takes them ({1}, {2}, …). */
export const smsParams = (key: SmsTemplateKey, values: Readonly<Record<string, string | number>>): string[] => Object.values(smsNamedParams(key, values));
