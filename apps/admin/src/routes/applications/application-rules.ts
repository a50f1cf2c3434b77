import { useCallback } from 'react';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import { failureOf, useDescribeFailure } from '../../shell/api-failure';
import { violationsOf, type Violation } from '../../shell/violations';
import type { Flag, StaffRow } from './application-query';

type AdminT = ReturnType<typeof useAdminTranslation>['t'];
type Translate = (match: RegExpExecArray, t: AdminT) => string;

/**
 * The API's English sentences (packages/domain: windows, application-status) for a school's or the office's
 * decision, matched by their wording; anything else keeps the server's sentence.
 */
const DECISIONS: readonly [RegExp, Translate][] = [
  // R-APP-4: the registration window, or the office's extension for the school
  [/^the window has closed: its last day was (\d{4}-\d{2}-\d{2})/, (m, t) => t('applicationRules.deadlinePassed', { lastDay: m[1] ?? '' })],
  [/^the window has not opened yet: it opens on (\d{4}-\d{2}-\d{2})/, (m, t) => t('applicationRules.notOpen', { opensOn: m[1] ?? '' })],
  // R-APP-4, R-SEL-1: a decline and a nonconformity need a reason
  [/^the step school_decline needs a reason$/, (_, t) => t('applicationRules.noteRequired')],
  [/^the step mark_nonconformant needs a reason$/, (_, t) => t('applicationRules.reasonRequired')],
  [/cannot take the step/, (_, t) => t('applicationRules.wrongStep')],
];

function translate(message: string, t: AdminT): string {
  // A bulk approval names each application first: "SX2026-00007: …".
  const numbered = /^([A-Z]+\d{4}-\d+): (.+)$/.exec(message);
  if (numbered) return t('applicationRules.numbered', { number: numbered[1] ?? '', message: translate(numbered[2] ?? '', t) });
  for (const [pattern, sentence] of DECISIONS) {
    const match = pattern.exec(message);
    if (match) return sentence(match, t);
  }
  return message;
}

/** A refused decision as sentences: each violated rule named, in the current language. */
export function useDescribeDecisionFailure(): (error: unknown) => string {
  const { t } = useAdminTranslation();
  const describe = useDescribeFailure();
  return useCallback(
    (error: unknown) => {
      const violations = violationsOf(error);
      if (!violations) return describe(error);
      return violations.map((v: Violation) => t('applicationRules.line', { rule: v.rule, message: translate(v.message, t) })).join(' ');
    },
    [t, describe],
  );
}

/** The application a CONFLICT names (the API's `applicationNumber`), when it names one. */
export function conflictNumber(error: unknown): string | null | undefined {
  if (failureOf(error).code !== 'CONFLICT') return undefined;
  const extensions = (error as { errors?: { extensions?: Record<string, unknown> }[] }).errors?.[0]?.extensions;
  return typeof extensions?.applicationNumber === 'string' ? extensions.applicationNumber : null;
}

interface FlagContext {
  row: StaffRow;
  disciplineName: (code: string) => string;
}

type FlagTranslate = (match: RegExpExecArray, t: AdminT, context: FlagContext) => string;

const mentorName = (id: string | undefined, row: StaffRow) => row.mentors.find((m) => m.mentorId === id)?.name ?? id ?? '';

/** The domain's conformity flags (packages/domain: eligibility, mentor-choices, conformity) in the current language. */
const FLAGS: readonly [RegExp, FlagTranslate][] = [
  [/^only students of grade 10 or 11 may apply, not grade (\S+)$/, (m, t) => t('conformityFlag.grade', { grade: m[1] ?? '' })],
  [/^the school is not a participating school of the cycle/, (_, t) => t('conformityFlag.school')],
  [
    /of a grade of (\d+); either the subject rank in the top (\d+)% or the overall rank in the top (\d+)% is needed$/,
    (m, t) => t('conformityFlag.ranks', { size: m[1] ?? '', subject: m[2] ?? '', overall: m[3] ?? '' }),
  ],
  [
    /^(grade|subjectRank|overallRank|gradeSize): /,
    (m, t) => t('conformityFlag.unreadable', { field: t(`conformityFlag.${(m[1] ?? 'grade') as 'grade'}_field`) }),
  ],
  [/^choose at least one mentor$/, (_, t) => t('conformityFlag.noMentor')],
  [/^choose at most (\d+) mentors, not (\d+)$/, (m, t) => t('conformityFlag.tooManyMentors', { max: m[1] ?? '', count: m[2] ?? '' })],
  [/^mentor (\S+) is not an approved mentor of the cycle$/, (m, t, c) => t('conformityFlag.mentorNotApproved', { mentor: mentorName(m[1], c.row) })],
  [
    /^mentor (\S+) is a mentor of (\S+), not of the chosen discipline (\S+)$/,
    (m, t, c) => t('conformityFlag.mentorDiscipline', { mentor: mentorName(m[1], c.row), other: c.disciplineName(m[2] ?? ''), chosen: c.disciplineName(m[3] ?? '') }),
  ],
  [/^the same ID number is on other applications of the cycle: (.+)$/, (m, t) => t('conformityFlag.duplicate', { numbers: m[1] ?? '' })],
  [/^the guardian withdrew the consent on (\d{4})-(\d{2})-(\d{2})$/, (m, t) => t('conformityFlag.consentWithdrawn', { year: m[1] ?? '', month: Number(m[2]), day: Number(m[3]) })],
];

/** "R-APP-3：李老师 是化学的导师，不属于申请学科物理学" — one flag of a row, naming its rule. */
export function useDescribeFlag(disciplineName: (code: string) => string): (flag: Flag, row: StaffRow) => string {
  const { t } = useAdminTranslation();
  return useCallback(
    (flag: Flag, row: StaffRow) => {
      for (const [pattern, sentence] of FLAGS) {
        const match = pattern.exec(flag.message);
        if (match) return t('applicationRules.line', { rule: flag.rule, message: sentence(match, t, { row, disciplineName }) });
      }
      return t('applicationRules.line', { rule: flag.rule, message: flag.message });
    },
    [t, disciplineName],
  );
}
