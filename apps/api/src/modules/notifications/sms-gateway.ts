import { createRequire } from 'node:module';
import type * as Dysms from '@alicloud/dysmsapi20170525';
import type * as OpenApiCore from '@alicloud/openapi-core';
import { smsNamedParams, smsParams, type SmsTemplateKey } from '@yingcai/domain/notices';
import tencentcloud from 'tencentcloud-sdk-nodejs-sms';
import type { SmsSettings } from '../../env.js';
import type { Gateway, Outgoing } from './notifier.js';

// Alibaba's SDK is CommonJS with `exports.default`: required, so Node and Vitest see the same class.
const require = createRequire(import.meta.url);
const { default: Dysmsapi, SendSmsRequest } = require('@alicloud/dysmsapi20170525') as { default: typeof Dysms.default.default; SendSmsRequest: typeof Dysms.SendSmsRequest };
const { $OpenApiUtil } = require('@alicloud/openapi-core') as typeof OpenApiCore;

/** A refusal the dispatcher records by its code (never by its message, which may name the phone). */
const refusal = (code: string): Error => Object.assign(new Error(`the SMS provider refused the message: ${code}`), { code });

/** Issue 23: the provider's template for a message; a message the settings do not map is refused, retried, then failed. */
function templateOf(settings: SmsSettings, message: Outgoing): { key: SmsTemplateKey; id: string } {
  const id = message.template ? settings.templates[message.template] : undefined;
  if (!message.template || !id) throw refusal('SMS_TEMPLATE_UNMAPPED');
  return { key: message.template, id };
}

const SECONDS = 10;

function tencentGateway(settings: SmsSettings): Gateway {
  const endpoint = settings.endpoint ? new URL(settings.endpoint) : null;
  const client = new tencentcloud.sms.v20210111.Client({
    credential: { secretId: settings.secretId, secretKey: settings.secretKey },
    region: settings.region,
    profile: { httpProfile: { reqTimeout: SECONDS, ...(endpoint ? { endpoint: endpoint.host, protocol: `${endpoint.protocol}//` } : {}) } },
  });
  return {
    driver: 'tencent',
    async deliver(message) {
      const template = templateOf(settings, message);
      const answer = await client.SendSms({
        PhoneNumberSet: [`+86${message.recipient}`],
        SmsSdkAppId: settings.sdkAppId ?? '',
        SignName: settings.signName,
        TemplateId: template.id,
        TemplateParamSet: smsParams(template.key, message.values),
      });
      const status = answer.SendStatusSet?.[0];
      if (status?.Code !== 'Ok') throw refusal(status?.Code ?? 'NO_STATUS');
      return { providerMessageId: status.SerialNo ?? null };
    },
  };
}

function aliyunGateway(settings: SmsSettings): Gateway {
  const endpoint = settings.endpoint ? new URL(settings.endpoint) : null;
  const client = new Dysmsapi(new $OpenApiUtil.Config({
    accessKeyId: settings.secretId,
    accessKeySecret: settings.secretKey,
    regionId: settings.region,
    endpoint: endpoint?.host ?? 'dysmsapi.aliyuncs.com',
    ...(endpoint ? { protocol: endpoint.protocol.replace(':', '') } : {}),
    connectTimeout: SECONDS * 1000,
    readTimeout: SECONDS * 1000,
  }));
  return {
    driver: 'aliyun',
    async deliver(message) {
      const template = templateOf(settings, message);
      const answer = await client.sendSms(new SendSmsRequest({
        phoneNumbers: message.recipient,
        signName: settings.signName,
        templateCode: template.id,
        templateParam: JSON.stringify(smsNamedParams(template.key, message.values)),
      }));
      if (answer.body?.code !== 'OK') throw refusal(answer.body?.code ?? 'NO_STATUS');
      return { providerMessageId: answer.body.bizId ?? null };
    },
  };
}

export const createSmsGateway = (settings: SmsSettings): Gateway => (settings.provider === 'tencent' ? tencentGateway(settings) : aliyunGateway(settings));
