import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/test-api.js';
import { OutboxMessage, type DeliveryStatus } from './outbox-message.entity.js';
import { purgeOutbox } from './outbox-upkeep.js';

const DAY = 24 * 3600_000;

describe('issue 23: the outbox is purged', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());

  it('rows past the retention go (but one still pending), and a kept message’s sealed copy goes after three days', async () => {
    const now = api.now();
    const em = api.orm.em.fork();
    const row = (recipient: string, status: DeliveryStatus, daysAgo: number) =>
      em.create(OutboxMessage, {
        channel: 'sms', recipient, subject: '英才计划：验证码', body: '验证码 ******', sealed: '{"body":"验证码 123456","values":{"code":"123456"}}',
        driver: status === 'kept' ? 'outbox' : 'tencent', status, createdAt: new Date(now.getTime() - daysAgo * DAY),
      });
    row('13600000001', 'sent', 31);
    row('13600000002', 'pending', 31);
    row('13600000003', 'kept', 4);
    row('13600000004', 'kept', 2);
    row('13600000005', 'received', 29);
    await em.flush();

    expect(await purgeOutbox(api.orm.em.fork(), now, 30)).toEqual({ sealedWiped: 1, deleted: 1 });
    const left = await api.orm.em.fork().find(OutboxMessage, { createdAt: { $lt: now } }, { populate: ['sealed'] });
    expect(left.map((m) => [m.recipient, m.sealed === null ? 'wiped' : 'sealed']).sort()).toEqual([
      ['13600000002', 'sealed'],
      ['13600000003', 'wiped'],
      ['13600000004', 'sealed'],
      ['13600000005', 'sealed'],
    ]);
  });
});
