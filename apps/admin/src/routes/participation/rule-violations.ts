import { useCallback } from 'react';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import type { Violation } from '../../shell/violations';

type AdminT = ReturnType<typeof useAdminTranslation>['t'];
type Translate = (match: RegExpExecArray, t: AdminT) => string;

/**
 * The API's English sentences (packages/domain: schools, windows) for the cases a school or the office
 * meets most, matched by their wording; anything else falls back to the server's sentence.
 */
const KNOWN: readonly [RegExp, Translate][] = [
  // R-SCOPE-3: the school_participation window
  [/^the window has closed: its last day was (\d{4}-\d{2}-\d{2})/, (m, t) => t('participationRules.windowClosed', { lastDay: m[1] ?? '' })],
  [/^the window has not opened yet: it opens on (\d{4}-\d{2}-\d{2})/, (m, t) => t('participationRules.windowNotOpen', { opensOn: m[1] ?? '' })],
  // R-SCOPE-3: the eligible area
  [/^district (\S+) is not in the cycle's eligible area$/, (m, t) => t('participationRules.outsideArea', { district: m[1] ?? '' })],
  [/^a school must name its district to take part$/, (_, t) => t('participationRules.noDistrict')],
  // R-ORG-2: the guidance team
  [/^the guidance team needs a leader who is a school leader$/, (_, t) => t('participationRules.noLeader')],
  [/^the team leader's name is required$/, (_, t) => t('participationRules.leaderName')],
  [/^the team leader must be a school leader/, (_, t) => t('participationRules.leaderTitle')],
  [/^the guidance team needs one contact person for daily work$/, (_, t) => t('participationRules.noContact')],
  [/^the contact person's name is required$/, (_, t) => t('participationRules.contactName')],
  [/^the contact person's phone number is required$/, (_, t) => t('participationRules.contactPhone')],
  [/^the guidance team needs at least one guidance teacher$/, (_, t) => t('participationRules.noTeacher')],
  [/^guidance teacher (\d+)(?: \(.*\))?: a name is required$/, (m, t) => t('participationRules.teacherName', { n: m[1] ?? '' })],
  [
    /^guidance teacher (\d+)(?: \(.*\))?: discipline "(.*)" is not one of the cycle's disciplines$/,
    (m, t) => t('participationRules.teacherDiscipline', { n: m[1] ?? '', code: m[2] ?? '' }),
  ],
  // R-SCOPE-3: the office's decision
  [/^a rejected application to take part needs a reason$/, (_, t) => t('participationRules.reasonRequired')],
  [/it is still a draft/, (_, t) => t('participationRules.stillDraft')],
  [/it has already been approved$/, (_, t) => t('participationRules.alreadyApproved')],
  [/it has already been rejected$/, (_, t) => t('participationRules.alreadyRejected')],
];

/** The API's sentence in the current language when it is one of the known cases, else null. */
export function translateViolation(message: string, t: AdminT): string | null {
  for (const [pattern, translate] of KNOWN) {
    const match = pattern.exec(message);
    if (match) return translate(match, t);
  }
  return null;
}

/** "R-ORG-2：请填写联络人的电话。" — each violation as one line naming its rule, in the current language. */
export function useDescribeViolation(): (violation: Violation) => string {
  const { t } = useAdminTranslation();
  return useCallback(
    (violation: Violation) => {
      const message = translateViolation(violation.message, t) ?? violation.message;
      return t('participationRules.line', { rule: violation.rule, message });
    },
    [t],
  );
}
