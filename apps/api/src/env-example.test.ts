import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './env.js';

const settingsIn = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((match) => match[1]!).sort();

describe('issue 21: every setting is documented', () => {
  const envSource = readFileSync(join(repoRoot, 'apps/api/src/env.ts'), 'utf8');
  const schemaBlock = envSource.slice(envSource.indexOf('const schema = z.object({'), envSource.indexOf('}).refine('));
  const smsSource = readFileSync(join(repoRoot, 'apps/api/src/sms-settings.ts'), 'utf8');
  const smsBlock = smsSource.slice(smsSource.indexOf('export const SMS_SETTINGS = {'), smsSource.indexOf('};', smsSource.indexOf('export const SMS_SETTINGS')));
  const read = settingsIn(schemaBlock + smsBlock, /^ {2}([A-Z_]+):/gm).filter((name) => name !== 'FIXED_NOW').sort();

  it('.env.example lists every setting the server reads', () => {
    const example = readFileSync(join(repoRoot, '.env.example'), 'utf8');
    expect(settingsIn(example, /^# ([A-Z_]+)=/gm).filter((name, i, all) => all.indexOf(name) === i)).toEqual(read);
  });

  it('the README\'s table lists every setting the server reads', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    expect(settingsIn(readme, /^\| `([A-Z_]+)` \|/gm)).toEqual(read);
  });
});
