import { existsSync, readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { KeySettings } from './crypto/data-keys.js';
import { CODE_MESSAGES, refineSmsSettings, SMS_SETTINGS, smsSettingsOf, type SmsSettings } from './sms-settings.js';
import { StartupError } from './startup-error.js';

/** The repository root: the nearest folder above this file whose package.json declares workspaces. */
export const repoRoot = findRepoRoot(dirname(fileURLToPath(import.meta.url)));

function findRepoRoot(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && 'workspaces' in JSON.parse(readFileSync(manifest, 'utf8'))) return dir;
  }
  throw new Error(`no repository root above ${from}`);
}

export type Database =
  | { dialect: 'sqlite'; file: string }
  /** `poolMax`: connections per API instance (each request uses at most one at a time); 10 when not given. */
  | { dialect: 'postgresql'; url: string; poolMax?: number };

export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  /** DEMO=1: seed the demo accounts, schools, mentors and applications (never into real data). */
  demo: boolean;
  host: string;
  port: number;
  database: Database;
  logLevel: string;
  webDist: string;
  adminDist: string;
  /** Browser tests pin the server's clock; never set outside NODE_ENV=test. */
  fixedNow?: Date;
  notifier: { driver: 'outbox' } | { driver: 'smtp'; smtpUrl: string; from: string };
  /** Issue 23: the text-message provider; none keeps text messages in the outbox only. */
  sms: SmsSettings | null;
  /** Issue 23: days a code or notice stays in the outbox. */
  outboxRetentionDays: number;
  /** The address users open; links in notices point here. */
  publicUrl: string;
  /** Where mentors' photos are kept: outside every served folder, they go out only through the API. */
  photoDir: string;
  /** Where applicants' supporting materials are kept: outside every served folder, they go out only after an access check. */
  materialDir: string;
  /** Where the keys of the encrypted columns come from (issue 22); production never makes a key file. */
  dataKeys: KeySettings;
  /** Proxies whose X-Forwarded-For names the client (IP addresses or CIDR ranges); none: the peer address is the client. */
  trustedProxies: string[];
}

/** Reads `.env` of the repository root into the environment when there is one; set variables win. */
export function loadDotEnv(file = join(repoRoot, '.env')): void {
  if (existsSync(file)) process.loadEnvFile(file);
}

/** Settings a real deployment must give: each missing one is a loud warning at a production start. */
export function productionWarnings(config: Config, env: NodeJS.ProcessEnv = process.env): string[] {
  if (config.nodeEnv !== 'production') return [];
  const warnings: string[] = [];
  if (config.database.dialect === 'sqlite') warnings.push('DATABASE_URL is not set: running on the embedded SQLite file; use PostgreSQL for a real deployment');
  if (config.notifier.driver === 'outbox') warnings.push('NOTIFIER is outbox: codes and notices are only written to the database; set NOTIFIER=smtp and SMTP_URL');
  if (!config.sms) warnings.push('SMS_PROVIDER is not set: text messages (codes to phones) are only written to the database; set SMS_PROVIDER=tencent or aliyun');
  const unmapped = config.sms ? CODE_MESSAGES.filter((key) => !config.sms!.templates[key]) : [];
  if (unmapped.length > 0) warnings.push(`SMS_TEMPLATES has no provider template for ${unmapped.join(', ')}: those codes cannot reach phones`);
  if (!env.PUBLIC_URL) warnings.push(`PUBLIC_URL is not set: links in notices point to ${config.publicUrl}`);
  if (!env.MAIL_FROM) warnings.push('MAIL_FROM is not set: notices are sent from noreply@localhost');
  return warnings;
}

const DEFAULT_SQLITE_FILE = 'data/yingcai.sqlite';

/** `postgresql://…` selects PostgreSQL; a file path (or `sqlite:path`, `file:path`) the embedded SQLite; any other scheme is refused. */
export function parseDatabaseUrl(value: string): Database | null {
  const scheme = /^([a-z][a-z0-9+.-]+):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme === 'postgres' || scheme === 'postgresql') return /^postgres(ql)?:\/\/[^/]+/i.test(value) ? { dialect: 'postgresql', url: value } : null;
  if (scheme && scheme !== 'sqlite' && scheme !== 'file') return null;
  const file = value.replace(/^(sqlite|file):/, '');
  if (file === '' || /^[a-z][a-z0-9+.-]*:\/\//i.test(file)) return null;
  return { dialect: 'sqlite', file: isAbsolute(file) ? file : resolve(repoRoot, file) };
}

function isAddressOrRange(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128));
}

/** A setting that is a whole number in a range, refused with one sentence naming it. */
function wholeNumber(name: string, min: number, max: number, fallback: number) {
  const message = `${name} must be a whole number from ${min} to ${max}`;
  return z.coerce.number({ error: message }).int(message).min(min, message).max(max, message).default(fallback);
}

const schema = z.object({
  // Issue 21: a start that says nothing is a production start.
  NODE_ENV: z.enum(['development', 'production', 'test'], {
    error: 'NODE_ENV must be development, production or test',
  }).default('production'),
  DEMO: z.enum(['0', '1'], { error: 'DEMO must be 1 (seed the demo accounts and applications) or 0' }).default('0'),
  HOST: z.string({ error: 'HOST must be an interface address such as 0.0.0.0 or 127.0.0.1' }).trim().min(1, 'HOST must be an interface address such as 0.0.0.0 or 127.0.0.1 (got an empty value)').default('0.0.0.0'),
  PORT: wholeNumber('PORT', 1, 65535, 4000),
  DATABASE_URL: z
    .string()
    .default(DEFAULT_SQLITE_FILE)
    .transform((value, ctx) => {
      const database = parseDatabaseUrl(value.trim());
      if (database) return database;
      ctx.addIssue({ code: 'custom', message: 'DATABASE_URL must be postgresql://user@host:port/db or a SQLite file path' });
      return z.NEVER;
    }),
  DATABASE_POOL_MAX: wholeNumber('DATABASE_POOL_MAX', 1, 1000, 10),
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((entry) => entry.trim()).filter(Boolean))
    .refine((entries) => entries.every(isAddressOrRange), {
      message: 'TRUSTED_PROXIES must be IP addresses or CIDR ranges separated by commas, e.g. 127.0.0.1,10.0.0.0/8',
    }),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    error: 'LOG_LEVEL must be fatal, error, warn, info, debug, trace or silent',
  }).default('info'),
  NOTIFIER: z.enum(['outbox', 'smtp'], { error: 'NOTIFIER must be outbox or smtp' }).default('outbox'),
  SMTP_URL: z.url({ error: 'SMTP_URL must be a URL such as smtps://user:password@mail.example.org:465' }).optional(),
  OUTBOX_RETENTION_DAYS: wholeNumber('OUTBOX_RETENTION_DAYS', 1, 3650, 180),
  MAIL_FROM: z.string().regex(/^[^<>]*<[^<>@\s]+@[^<>@\s]+>$|^[^<>@\s]+@[^<>@\s]+$/, 'MAIL_FROM must be an address, e.g. 英才计划 <noreply@yingcai.example.org>').default('英才计划 <noreply@localhost>'),
  PUBLIC_URL: z.url({ error: 'PUBLIC_URL must be the address users open, e.g. https://yingcai.example.org' }).optional(),
  PHOTO_DIR: z.string().min(1, 'PHOTO_DIR must be a folder path').default('data/mentor-photos'),
  MATERIAL_DIR: z.string().min(1, 'MATERIAL_DIR must be a folder path').default('data/application-materials'),
  // Issue 22: the keys of the encrypted columns; the key file's JSON itself, or the file's path.
  DATA_KEYS: z.string().optional(),
  DATA_KEYS_FILE: z.string().min(1, 'DATA_KEYS_FILE must be a file path').default('data/data-keys.json'),
  ...SMS_SETTINGS,
  FIXED_NOW: z.iso.datetime({ offset: true, error: 'FIXED_NOW must be an ISO date-time with an offset' }).optional(),
}).refine((e) => !(e.FIXED_NOW && e.NODE_ENV !== 'test'), {
  message: 'FIXED_NOW is for browser tests: it is refused unless NODE_ENV=test',
  path: ['FIXED_NOW'],
}).refine((e) => !(e.DEMO === '1' && e.NODE_ENV === 'production'), {
  message: 'DEMO=1 is for trying Yingcai: its accounts share a published password, so it is refused with NODE_ENV=production (set NODE_ENV=development)',
  path: ['DEMO'],
}).refine((e) => e.NOTIFIER !== 'smtp' || e.SMTP_URL, {
  message: 'SMTP_URL is required when NOTIFIER=smtp',
  path: ['SMTP_URL'],
}).superRefine(refineSmsSettings);

export class ConfigError extends StartupError {}

/** One line per invalid setting, each naming its variable (and the value given, but for secrets). */
function describeIssues(issues: readonly z.core.$ZodIssue[], env: NodeJS.ProcessEnv): string {
  const lines = issues.map((issue) => {
    const variable = String(issue.path[0] ?? 'environment');
    const given = ['DATABASE_URL', 'SMTP_URL', 'DATA_KEYS', 'SMS_SECRET_KEY'].includes(variable) ? undefined : env[variable];
    const message = issue.message.startsWith(variable) ? issue.message : `${variable}: ${issue.message}`;
    return `${message}${given === undefined ? '' : ` (got "${given}")`}`;
  });
  return [...new Set(lines)].join('\n');
}

/** The only reader of `process.env`: every setting checked once, at start; all invalid ones are named at once. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) throw new ConfigError(describeIssues(parsed.error.issues, env));
  const e = parsed.data;
  return {
    nodeEnv: e.NODE_ENV,
    demo: e.DEMO === '1',
    host: e.HOST,
    port: e.PORT,
    database: e.DATABASE_URL.dialect === 'postgresql' ? { ...e.DATABASE_URL, poolMax: e.DATABASE_POOL_MAX } : e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    webDist: resolve(repoRoot, 'apps/web/dist'),
    adminDist: resolve(repoRoot, 'apps/admin/dist'),
    ...(e.FIXED_NOW ? { fixedNow: new Date(e.FIXED_NOW) } : {}),
    notifier: e.NOTIFIER === 'smtp' && e.SMTP_URL ? { driver: 'smtp', smtpUrl: e.SMTP_URL, from: e.MAIL_FROM } : { driver: 'outbox' },
    sms: smsSettingsOf(e),
    outboxRetentionDays: e.OUTBOX_RETENTION_DAYS,
    photoDir: resolve(repoRoot, e.PHOTO_DIR),
    materialDir: resolve(repoRoot, e.MATERIAL_DIR),
    trustedProxies: e.TRUSTED_PROXIES,
    dataKeys: { ...(e.DATA_KEYS ? { inline: e.DATA_KEYS } : {}), file: resolve(repoRoot, e.DATA_KEYS_FILE), mayCreate: e.NODE_ENV !== 'production' },
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
  };
}
