import { describe, expect, it } from 'vitest';
import { checkScoreSheet, rubricMaximum, type RubricCriterion } from './rubric.js';

const RUBRIC: RubricCriterion[] = [
  { code: 'research_potential', name: '科研潜质', maxPoints: 40 },
  { code: 'foundation', name: '学科基础', maxPoints: 30 },
  { code: 'expression', name: '表达与思维', maxPoints: 30 },
];

describe('R-SEL-5 checkScoreSheet: whole points from 0 to each criterion’s maximum', () => {
  it.each([
    ['full marks', { research_potential: 40, foundation: 30, expression: 30 }, 100],
    ['all zero', { research_potential: 0, foundation: 0, expression: 0 }, 0],
    ['a mixed sheet', { research_potential: 35, foundation: 22, expression: 27 }, 84],
  ])('R-SEL-5 %s totals %s', (_, points, total) => {
    expect(checkScoreSheet(RUBRIC, points)).toEqual({ ok: true, value: total });
  });

  it.each([
    ['one above the maximum', { research_potential: 41, foundation: 30, expression: 30 }, 'research_potential', 'OUT_OF_RANGE'],
    ['below zero', { research_potential: 40, foundation: -1, expression: 30 }, 'foundation', 'OUT_OF_RANGE'],
    ['a fraction', { research_potential: 40, foundation: 30, expression: 29.5 }, 'expression', 'NOT_WHOLE'],
    ['a criterion left out', { research_potential: 40, foundation: 30 }, 'expression', 'MISSING'],
    ['a criterion not in the rubric', { research_potential: 40, foundation: 30, expression: 30, charm: 5 }, 'charm', 'UNKNOWN'],
  ])('R-SEL-5 %s is refused, naming the criterion', (_, points, field, code) => {
    const result = checkScoreSheet(RUBRIC, points);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toEqual([expect.objectContaining({ field, code })]);
  });

  it('R-SEL-5 the message names the criterion in the programme’s words', () => {
    const result = checkScoreSheet(RUBRIC, { research_potential: 45, foundation: 30, expression: 30 });
    expect(!result.ok && result.error[0]).toMatchObject({ criterion: '科研潜质', message: '科研潜质: points are 0 to 40, got 45' });
  });

  it('R-SEL-5 every bad criterion is named at once', () => {
    const result = checkScoreSheet(RUBRIC, { research_potential: 50, foundation: 31 });
    expect(!result.ok && result.error.map((e) => e.field)).toEqual(['research_potential', 'foundation', 'expression']);
  });

  it('R-SEL-5 the rubric’s maximum is the sum of its criteria', () => {
    expect(rubricMaximum(RUBRIC)).toBe(100);
  });
});
