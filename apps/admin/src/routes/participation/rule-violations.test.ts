import { CombinedGraphQLErrors } from '@apollo/client';
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { violationsOf } from '../../shell/violations';
import { useDescribeViolation } from './rule-violations';

const describeViolation = () => renderHook(() => useDescribeViolation()).result.current;

describe('rule violations of 参与中学 in Chinese, each line naming its rule', () => {
  it.each([
    ['R-SCOPE-3', 'the window has closed: its last day was 2025-09-30 (today is 2026-11-25)', 'R-SCOPE-3：参与中学申请时间已截止（最后一天为 2025-09-30）。如需延期，请联系省级管理办公室。'],
    [
      'R-SCOPE-3',
      'the window has closed: its last day was 2025-10-15, extended from 2025-09-30 (today is 2026-11-25)',
      'R-SCOPE-3：参与中学申请时间已截止（最后一天为 2025-10-15）。如需延期，请联系省级管理办公室。',
    ],
    ['R-SCOPE-3', 'the window has not opened yet: it opens on 2025-07-01 (today is 2025-06-30)', 'R-SCOPE-3：参与中学申请尚未开始（2025-07-01 开始）。'],
    ['R-SCOPE-3', "district 140121 is not in the cycle's eligible area", 'R-SCOPE-3：本校所在区县（140121）不在本周期的生源区县范围内。'],
    ['R-ORG-2', 'the guidance team needs one contact person for daily work', 'R-ORG-2：指导团队须有一位日常联络人。'],
    ['R-ORG-2', "the contact person's phone number is required", 'R-ORG-2：请填写联络人的电话。'],
    ['R-ORG-2', 'the guidance team needs at least one guidance teacher', 'R-ORG-2：指导团队至少需要一位指导教师。'],
    ['R-ORG-2', 'guidance teacher 2: a name is required', 'R-ORG-2：第 2 位指导教师：请填写姓名。'],
    ['R-ORG-2', "the team leader must be a school leader: record the leader's title (e.g. 校长, 副校长)", 'R-ORG-2：团队负责人须为校领导：请填写其职务（如校长、副校长）。'],
    ['R-SCOPE-3', 'a rejected application to take part needs a reason', 'R-SCOPE-3：不通过须填写原因。'],
    ['R-SCOPE-3', 'only a submitted application to take part can be decided; it has already been approved', 'R-SCOPE-3：该申请已通过，不能再次审核。'],
    // Anything else: the server's sentence, still under its rule.
    ['R-ORG-9', 'something new', 'R-ORG-9：something new'],
  ])('%s %j', (rule, message, line) => {
    expect(describeViolation()({ rule, message })).toBe(line);
  });

  it('reads extensions.violations of a RULE_VIOLATION, the rules and message without them, and nothing of other errors', () => {
    const violations = [{ rule: 'R-ORG-2', message: 'the guidance team needs at least one guidance teacher' }];
    const answer = (extensions: Record<string, unknown>) =>
      new CombinedGraphQLErrors({ errors: [{ message: 'R-ORG-2: the guidance team needs at least one guidance teacher', extensions }] });
    expect(violationsOf(answer({ code: 'RULE_VIOLATION', rules: ['R-ORG-2'], violations }))).toEqual(violations);
    expect(violationsOf(answer({ code: 'RULE_VIOLATION', rules: ['R-ORG-2'] }))).toEqual([
      { rule: 'R-ORG-2', message: 'R-ORG-2: the guidance team needs at least one guidance teacher' },
    ]);
    expect(violationsOf(answer({ code: 'CONFLICT' }))).toBeNull();
    expect(violationsOf(new Error('offline'))).toBeNull();
  });
});
