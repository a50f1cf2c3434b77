import { useCallback } from 'react';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import { failureOf, useDescribeFailure } from '../../shell/api-failure';
import { violationsOf, type Violation } from '../../shell/violations';

type AdminT = ReturnType<typeof useAdminTranslation>['t'];
type Translate = (match: RegExpExecArray, t: AdminT) => string;

/**
 * The API's English sentences (packages/domain: windows, mentors) for the cases the mentor screens
 * meet, matched by their wording; anything else keeps the server's sentence.
 */
const KNOWN: readonly [RegExp, Translate][] = [
  // R-MENTOR-2: the mentor_recommendation window
  [/^the window has closed: its last day was (\d{4}-\d{2}-\d{2})/, (m, t) => t('mentorRules.windowClosed', { lastDay: m[1] ?? '' })],
  [/^the window has not opened yet: it opens on (\d{4}-\d{2}-\d{2})/, (m, t) => t('mentorRules.windowNotOpen', { opensOn: m[1] ?? '' })],
  // R-MENTOR-2: the approval chain
  [/^a rejected mentor candidate needs a reason$/, (_, t) => t('mentorRules.reasonRequired')],
  [/^the data is fixed once the mentor has confirmed it/, (_, t) => t('mentorRules.dataFixed')],
  [/cannot take the step|; expected next: /, (_, t) => t('mentorRules.wrongStep')],
  // R-MENTOR-3: carry-over, each sentence prefixed with the mentor's name by the API
  [/^(.+): only a mentor of a cycle before \d+ is in the mentor pool/, (m, t) => t('mentorRules.notInPool', { name: m[1] ?? '' })],
  [/^(.+): the mentor is already a mentor of the (\d+) cycle$/, (m, t) => t('mentorRules.alreadyInCycle', { name: m[1] ?? '', year: m[2] ?? '' })],
];

function translate(message: string, t: AdminT): string {
  for (const [pattern, sentence] of KNOWN) {
    const match = pattern.exec(message);
    if (match) return sentence(match, t);
  }
  return message;
}

/** "R-MENTOR-2：导师推荐时间已截止……" — one line per violation, naming its rule. */
export function useDescribeMentorViolation(): (violation: Violation) => string {
  const { t } = useAdminTranslation();
  return useCallback((v: Violation) => t('mentorRules.line', { rule: v.rule, message: translate(v.message, t) }), [t]);
}

/** What a refused mentor request comes to: sentences to show, and the form field the API named, if any. */
export interface MentorFailure {
  code: string;
  lines: string[];
  field?: MentorField;
}

/** The fields of the mentor data form, which the API names in `extensions.field`. */
export const DATA_FIELDS = ['title', 'honours', 'researchFields', 'profile', 'capacity', 'team'] as const;
const FIELDS = ['name', 'email', 'disciplineCode', 'universityId', ...DATA_FIELDS] as const;
export type MentorField = (typeof FIELDS)[number];
const isField = (value: unknown): value is MentorField => FIELDS.includes(value as MentorField);
export const isDataField = (field: MentorField | undefined): field is (typeof DATA_FIELDS)[number] => DATA_FIELDS.includes(field as 'title');

function fieldOf(error: unknown): unknown {
  const extensions = (error as { errors?: { extensions?: Record<string, unknown> }[] }).errors?.[0]?.extensions;
  return extensions?.field;
}

/** RULE_VIOLATION as rule sentences, BAD_USER_INPUT with its field, CONFLICT of a recommendation as a duplicate. */
export function useDescribeMentorFailure(): (error: unknown) => MentorFailure {
  const { t } = useAdminTranslation();
  const describe = useDescribeFailure();
  const describeViolation = useDescribeMentorViolation();
  return useCallback(
    (error: unknown) => {
      const code = failureOf(error).code ?? 'INTERNAL';
      const violations = violationsOf(error);
      if (violations) return { code, lines: violations.map(describeViolation) };
      const field = fieldOf(error);
      if (code === 'BAD_USER_INPUT' && isField(field)) return { code, field, lines: [t(`mentorFieldErrors.${field}`)] };
      return { code, lines: [describe(error)] };
    },
    [t, describe, describeViolation],
  );
}
