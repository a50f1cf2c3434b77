import { isSmsTemplateKey, type SmsTemplateKey } from '@yingcai/domain/notices';
import { z } from 'zod';

/** Issue 23: where text messages go (decision 038). */
export interface SmsSettings {
  provider: 'tencent' | 'aliyun';
  secretId: string;
  secretKey: string;
  /** Tencent's SMS application (SmsSdkAppId); Alibaba has none. */
  sdkAppId: string | null;
  /** The approved signature (签名), e.g. 山西省英才计划. */
  signName: string;
  region: string;
  /** Tests only: the provider's address, e.g. http://127.0.0.1:9000 (a local fake). */
  endpoint: string | null;
  /** The provider's approved template for each message; a message without one fails and the office sees it. */
  templates: Partial<Record<SmsTemplateKey, string>>;
}

/** The messages without which a phone cannot register, reset its password or confirm a guardian's consent. */
export const CODE_MESSAGES: readonly SmsTemplateKey[] = ['code_verify_contact', 'code_reset_password', 'code_guardian_consent'];

const templates = z
  .string()
  .default('{}')
  .transform((value, ctx) => {
    try {
      const parsed: unknown = JSON.parse(value);
      const entries = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? Object.entries(parsed) : null;
      if (entries && entries.every(([key, id]) => isSmsTemplateKey(key) && typeof id === 'string' && id.trim() !== '')) return parsed as Record<SmsTemplateKey, string>;
    } catch {
      // refused below
    }
    ctx.addIssue({ code: 'custom', message: 'SMS_TEMPLATES must be a JSON object from message keys (code_verify_contact, …; see README) to provider template ids' });
    return z.NEVER;
  });

export const SMS_SETTINGS = {
  SMS_PROVIDER: z.enum(['none', 'tencent', 'aliyun'], { error: 'SMS_PROVIDER must be none, tencent or aliyun' }).default('none'),
  SMS_SECRET_ID: z.string().trim().optional(),
  SMS_SECRET_KEY: z.string().trim().optional(),
  SMS_SDK_APP_ID: z.string().trim().optional(),
  SMS_SIGN_NAME: z.string().trim().optional(),
  SMS_REGION: z.string().trim().optional(),
  SMS_ENDPOINT: z.url({ error: 'SMS_ENDPOINT must be a URL such as http://127.0.0.1:9000' }).optional(),
  SMS_TEMPLATES: templates,
};

type SmsEnv = z.output<z.ZodObject<typeof SMS_SETTINGS>>;

/** A provider needs its credentials and signature; Tencent also its application. */
export function refineSmsSettings(e: SmsEnv, ctx: z.RefinementCtx): void {
  if (e.SMS_PROVIDER === 'none') return;
  const needed: (keyof SmsEnv)[] = ['SMS_SECRET_ID', 'SMS_SECRET_KEY', 'SMS_SIGN_NAME', ...(e.SMS_PROVIDER === 'tencent' ? (['SMS_SDK_APP_ID'] as const) : [])];
  for (const name of needed) {
    if (!e[name]) ctx.addIssue({ code: 'custom', message: `${name} is required when SMS_PROVIDER=${e.SMS_PROVIDER}`, path: [name] });
  }
}

export function smsSettingsOf(e: SmsEnv): SmsSettings | null {
  if (e.SMS_PROVIDER === 'none') return null;
  return {
    provider: e.SMS_PROVIDER,
    secretId: e.SMS_SECRET_ID ?? '',
    secretKey: e.SMS_SECRET_KEY ?? '',
    sdkAppId: e.SMS_SDK_APP_ID ?? null,
    signName: e.SMS_SIGN_NAME ?? '',
    region: e.SMS_REGION ?? (e.SMS_PROVIDER === 'tencent' ? 'ap-guangzhou' : 'cn-hangzhou'),
    endpoint: e.SMS_ENDPOINT ?? null,
    templates: e.SMS_TEMPLATES,
  };
}
