import { describe, expect, it } from 'vitest';
import { DEFAULT_NOTICE_TEMPLATES, NOTICE_TEMPLATE_KEYS } from './notice-templates.js';
import { checkNoticeText, MAX_BODY_LENGTH, placeholdersOf, renderNotice } from './render-notice.js';

const VARIABLES = ['name', 'applicationNumber'];

describe('notice templates (通知模板)', () => {
  it('fills every placeholder, spaces inside the braces allowed, and leaves other text alone', () => {
    const notice = renderNotice({ subject: '{{ name }}：进展', body: '报名号 {{applicationNumber}}，{{name}}同学' }, { name: '张三', applicationNumber: 'SX2026-00001' });
    expect(notice).toEqual({ subject: '张三：进展', body: '报名号 SX2026-00001，张三同学' });
  });

  it('throws when the sender forgot a value: a notice never goes out with {{…}} in it', () => {
    expect(() => renderNotice({ subject: 's', body: '{{reason}}' }, { name: '张三' })).toThrow('{{reason}}');
  });

  it('accepts an edit that uses only the notice’s own placeholders', () => {
    expect(checkNoticeText({ subject: '通知', body: '{{name}}，您的报名号是{{applicationNumber}}' }, VARIABLES)).toEqual([]);
  });

  it.each([
    [{ subject: ' ', body: 'x' }, 'subject', 'REQUIRED'],
    [{ subject: 's', body: '' }, 'body', 'REQUIRED'],
    [{ subject: 's', body: '{{deadline}}' }, 'body', 'UNKNOWN_PLACEHOLDER'],
    [{ subject: '{{name}', body: 'x' }, 'subject', 'BROKEN_PLACEHOLDER'],
    [{ subject: 's', body: 'x'.repeat(MAX_BODY_LENGTH + 1) }, 'body', 'TOO_LONG'],
  ])('refuses %j: %s %s', (text, field, code) => {
    expect(checkNoticeText(text, VARIABLES)).toEqual([expect.objectContaining({ field, code })]);
  });

  it('keeps the body at its limit', () => {
    expect(checkNoticeText({ subject: 's', body: 'x'.repeat(MAX_BODY_LENGTH) }, VARIABLES)).toEqual([]);
  });

  it.each(NOTICE_TEMPLATE_KEYS)('the default %s uses exactly the placeholders it declares, so it passes its own check', (key) => {
    const spec = DEFAULT_NOTICE_TEMPLATES[key];
    expect(checkNoticeText(spec, spec.variables)).toEqual([]);
    expect(new Set([...placeholdersOf(spec.subject), ...placeholdersOf(spec.body)])).toEqual(new Set(spec.variables));
  });
});
