import { describe, expect, it } from 'vitest';
import { ConfigError, productionWarnings, readConfig } from './env.js';

describe('configuration from the environment', () => {
  it('issue 21: defaults to a production start on port 4000 and the embedded SQLite file data/yingcai.sqlite, without demo data', () => {
    const config = readConfig({});
    expect(config.port).toBe(4000);
    expect(config.nodeEnv).toBe('production');
    expect(config.demo).toBe(false);
    expect(readConfig({ NODE_ENV: 'development', DEMO: '1' }).demo).toBe(true);
    expect(() => readConfig({ DEMO: '1' })).toThrow(/^DEMO=1 is for trying Yingcai: .* refused with NODE_ENV=production/);
    expect(config.database).toMatchObject({ dialect: 'sqlite' });
    expect(config.database.dialect === 'sqlite' && config.database.file).toMatch(/data\/yingcai\.sqlite$/);
  });

  it('selects PostgreSQL for a postgresql:// URL', () => {
    const config = readConfig({ DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/yingcai' });
    expect(config.database).toEqual({ dialect: 'postgresql', url: 'postgresql://postgres@127.0.0.1:5432/yingcai', poolMax: 10 });
    expect(readConfig({ DATABASE_URL: 'postgres://db/yingcai', DATABASE_POOL_MAX: '25' }).database).toMatchObject({ poolMax: 25 });
  });

  it('issue 10: a DATABASE_URL with any scheme but postgresql, postgres, sqlite or file is refused, not taken as a file', () => {
    for (const value of ['mysql:/x', 'mysql://root@localhost/db', 'http://example.org/db', 'postgresql:/no-host']) {
      expect(() => readConfig({ DATABASE_URL: value }), value).toThrow(/^DATABASE_URL must be/);
    }
    expect(readConfig({ DATABASE_URL: 'sqlite:data/x.sqlite' }).database).toMatchObject({ dialect: 'sqlite', file: expect.stringMatching(/data\/x\.sqlite$/) });
    expect(readConfig({ DATABASE_URL: 'file:/tmp/x.sqlite' }).database).toEqual({ dialect: 'sqlite', file: '/tmp/x.sqlite' });
  });

  it('issue 10: no proxy is trusted unless TRUSTED_PROXIES names it; entries must be addresses or CIDR ranges', () => {
    expect(readConfig({ NODE_ENV: 'production' }).trustedProxies).toEqual([]);
    expect(readConfig({ TRUSTED_PROXIES: '127.0.0.1, 10.0.0.0/8,::1' }).trustedProxies).toEqual(['127.0.0.1', '10.0.0.0/8', '::1']);
    for (const value of ['nginx', '10.0.0.0/33', '127.0.0.1/8/1', 'true']) {
      expect(() => readConfig({ TRUSTED_PROXIES: value }), value).toThrow(/^TRUSTED_PROXIES must be IP addresses or CIDR ranges/);
    }
  });

  it.each([
    [{ PORT: 'abc' }, /^PORT must be a whole number from 1 to 65535 \(got "abc"\)$/],
    [{ PORT: '70000' }, /^PORT must be a whole number from 1 to 65535/],
    [{ PORT: '80.5' }, /^PORT must be a whole number/],
    [{ DATABASE_URL: 'mysql://root@localhost/db' }, /^DATABASE_URL must be postgresql:\/\/.* or a SQLite file path$/],
    [{ DATABASE_POOL_MAX: '0' }, /^DATABASE_POOL_MAX must be a whole number from 1 to 1000/],
    [{ NODE_ENV: 'staging' }, /^NODE_ENV must be development, production or test/],
    [{ LOG_LEVEL: 'verbose' }, /^LOG_LEVEL must be fatal, error, warn, info, debug, trace or silent \(got "verbose"\)$/],
    [{ MAIL_FROM: 'x' }, /^MAIL_FROM must be an address/],
    [{ HOST: '' }, /^HOST must be an interface address/],
    [{ DEMO: 'yes' }, /^DEMO must be 1/],
  ])('%o is refused with one line naming the variable', (env, message) => {
    expect(() => readConfig(env)).toThrow(ConfigError);
    expect(() => readConfig(env)).toThrow(message);
  });

  it('issue 21: three bad settings at once are all named, one line each', () => {
    let message = '';
    try {
      readConfig({ LOG_LEVEL: 'verbose', MAIL_FROM: 'x', HOST: '' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split('\n').map((line) => line.split(' ')[0])).toEqual(['HOST', 'LOG_LEVEL', 'MAIL_FROM']);
  });

  it('pins the clock only for tests: FIXED_NOW is refused outside NODE_ENV=test', () => {
    expect(readConfig({ NODE_ENV: 'test', FIXED_NOW: '2026-11-25T10:00:00+08:00' }).fixedNow).toEqual(new Date('2026-11-25T02:00:00Z'));
    expect(() => readConfig({ NODE_ENV: 'production', FIXED_NOW: '2026-11-25T10:00:00+08:00' })).toThrow(/refused unless NODE_ENV=test/);
  });

  it('a production start with nothing set warns about each setting a real deployment must give', () => {
    const env = { NODE_ENV: 'production' };
    const warnings = productionWarnings(readConfig(env), env);
    expect(warnings.map((w) => w.split(' ')[0])).toEqual(['DATABASE_URL', 'NOTIFIER', 'SMS_PROVIDER', 'PUBLIC_URL', 'MAIL_FROM']);
    const configured = {
      NODE_ENV: 'production', DATABASE_URL: 'postgresql://db/yingcai', NOTIFIER: 'smtp', SMTP_URL: 'smtp://mail:25', PUBLIC_URL: 'https://yc.example.org', MAIL_FROM: 'yc@example.org',
      SMS_PROVIDER: 'aliyun', SMS_SECRET_ID: 'id', SMS_SECRET_KEY: 'key', SMS_SIGN_NAME: '山西省英才计划',
      SMS_TEMPLATES: '{"code_verify_contact":"SMS_1","code_reset_password":"SMS_2","code_guardian_consent":"SMS_3"}',
    };
    expect(productionWarnings(readConfig(configured), configured)).toEqual([]);
    // Issue 23: a provider without the codes' templates would leave phones without codes.
    const withoutCodes = { ...configured, SMS_TEMPLATES: '{"code_verify_contact":"SMS_1"}' };
    expect(productionWarnings(readConfig(withoutCodes), withoutCodes)).toEqual([
      'SMS_TEMPLATES has no provider template for code_reset_password, code_guardian_consent: those codes cannot reach phones',
    ]);
    expect(productionWarnings(readConfig({ NODE_ENV: 'development' }), {})).toEqual([]);
  });

  it('NOTIFIER=smtp needs SMTP_URL', () => {
    expect(() => readConfig({ NOTIFIER: 'smtp' })).toThrow('SMTP_URL is required when NOTIFIER=smtp');
  });

  it('never echoes a database URL, which may hold a password', () => {
    expect(() => readConfig({ DATABASE_URL: 'mysql://root:secret@localhost/db' })).not.toThrow(/secret/);
  });
});
