import { createRequire } from 'node:module';
import type * as Dysms from '@alicloud/dysmsapi20170525';
import type * as OpenApiCore from '@alicloud/openapi-core';
import { toProgrammeDate } from '@yingcai/domain/cycle';
import { smsNamedParams, smsParams, type SmsTemplateKey } from '@yingcai/domain/notices';
import tencentcloud from 'tencentcloud-sdk-nodejs-sms';
import type { SmsSettings } from '../../sms-settings.js';
import type { Gateway, Outgoing } from './notifier.js';

// Alibaba's SDK is CommonJS with `exports.default`: required, so Node and Vitest see the same class.
const require = createRequire(import.meta.url);
const { default: Dysmsapi, SendSmsRequest, QuerySendDetailsRequest } = require('@alicloud/dysmsapi20170525') as {
  default: typeof Dysms.default.default;
  SendSmsRequest: typeof Dysms.SendSmsRequest;
  QuerySendDetailsRequest: typeof Dysms.QuerySendDetailsRequest;
};
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
    // Tencent hands out each report once, whichever message it is of; reports of messages not asked about are matched all the same.
    async receipts() {
      const answer = await client.PullSmsSendStatus({ Limit: 100, SmsSdkAppId: settings.sdkAppId ?? '' });
      return (answer.PullSmsSendStatusSet ?? []).flatMap((report) =>
        report.SerialNo ? [{ providerMessageId: report.SerialNo, delivered: report.ReportStatus === 'SUCCESS', error: report.ReportStatus === 'SUCCESS' ? null : 'UNDELIVERED' }] : [],
      );
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
    // One query per message, one at a time: Alibaba limits how often its API is asked.
    async receipts(sent) {
      const receipts = [];
      for (const message of sent) {
        const answer = await client.querySendDetails(new QuerySendDetailsRequest({
          phoneNumber: message.recipient, bizId: message.providerMessageId, sendDate: toProgrammeDate(message.sentAt).replaceAll('-', ''), pageSize: 10, currentPage: 1,
        }));
        const status = answer.body?.smsSendDetailDTOs?.smsSendDetailDTO?.[0];
        // 1 waiting for the carrier, 2 failed, 3 delivered.
        if (status?.sendStatus === 2 || status?.sendStatus === 3) {
          const delivered = status.sendStatus === 3;
          receipts.push({ providerMessageId: message.providerMessageId, delivered, error: delivered ? null : (status.errCode ?? 'UNDELIVERED').slice(0, 64) });
        }
      }
      return receipts;
    },
  };
}

export const createSmsGateway = (settings: SmsSettings): Gateway => (settings.provider === 'tencent' ? tencentGateway(settings) : aliyunGateway(settings));
