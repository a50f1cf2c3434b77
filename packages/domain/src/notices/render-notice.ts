import type { InputError } from '../applications/input-error.js';
import type { NoticeText } from './notice-templates.js';

const PLACEHOLDER = /\{\{\s*([A-Za-z]\w*)\s*\}\}/g;
export const MAX_SUBJECT_LENGTH = 200;
export const MAX_BODY_LENGTH = 2000;

/** The placeholders a text uses, in order of first use. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1]!))];
}

function checkPart(field: 'subject' | 'body', text: string, max: number, variables: readonly string[]): InputError[] {
  if (!text.trim()) return [{ field, code: 'REQUIRED', message: `the ${field} is empty` }];
  if (text.length > max) return [{ field, code: 'TOO_LONG', message: `the ${field} has ${text.length} characters; at most ${max}` }];
  const unknown = placeholdersOf(text).filter((name) => !variables.includes(name));
  if (unknown.length > 0) return [{ field, code: 'UNKNOWN_PLACEHOLDER', message: `{{${unknown.join('}}, {{')}}} cannot be filled in; this notice knows ${variables.map((v) => `{{${v}}}`).join(', ')}` }];
  if (text.replace(PLACEHOLDER, '').includes('{{')) return [{ field, code: 'BROKEN_PLACEHOLDER', message: `the ${field} has a {{ that does not close as {{name}}` }];
  return [];
}

/** An edited template the office saves: non-empty, not too long, and every placeholder one the notice can fill. */
export function checkNoticeText(text: NoticeText, variables: readonly string[]): InputError[] {
  return [...checkPart('subject', text.subject, MAX_SUBJECT_LENGTH, variables), ...checkPart('body', text.body, MAX_BODY_LENGTH, variables)];
}

/** The notice as sent: each placeholder replaced by its value; a value not given throws (a programming error, not input). */
export function renderNotice(text: NoticeText, values: Readonly<Record<string, string | number>>): NoticeText {
  const fill = (part: string) =>
    part.replace(PLACEHOLDER, (_, name: string) => {
      if (!Object.hasOwn(values, name)) throw new Error(`no value for {{${name}}}`);
      return String(values[name]);
    });
  return { subject: fill(text.subject), body: fill(text.body) };
}
