import { describe, expect, it } from 'vitest';
import { captureLogs } from './log-scan.js';

describe('issue 10: the scan of the test servers\' logs', () => {
  it.each([
    ['a mobile number', '{"msg":"sent to 13812345678"}'],
    ['an ID number', '{"msg":"id 14010220080101001X"}'],
    ['an e-mail address', '{"msg":"li.ming@example.com"}'],
    ['a one-time code', '{"msg":"验证码 123456，10分钟内有效"}'],
  ])('finds %s', (what, line) => {
    const logs = captureLogs();
    logs.stream.write(line);
    expect(() => logs.assertNoPersonalData()).toThrow(`a log line holds ${what}`);
  });

  it('passes request ids, times and counts', () => {
    const logs = captureLogs();
    logs.stream.write('{"level":30,"time":1765123456789,"reqId":"1a2b3c4d-5e6f-1234-8123-138123456789","responseTime":13.81234567}');
    expect(() => logs.assertNoPersonalData()).not.toThrow();
  });
});
