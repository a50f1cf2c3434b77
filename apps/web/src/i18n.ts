import { initI18n } from '@yingcai/ui/i18n';
import { webEn } from '@yingcai/ui/i18n/web.en';
import type { AdmittedStrings } from '@yingcai/ui/i18n/admitted.zh-CN';
import type { ApplyStrings } from '@yingcai/ui/i18n/apply.zh-CN';
import type { EligibilityStrings } from '@yingcai/ui/i18n/eligibility.zh-CN';
import type { MentorStrings } from '@yingcai/ui/i18n/mentors.zh-CN';
import { webZhCN, type WebStrings } from '@yingcai/ui/i18n/web.zh-CN';

declare module 'i18next' {
  interface ResourceNamespaceMap {
    web: WebStrings;
    /** Added when the mentor directory's chunk loads (routes/mentors/use-mentors-translation.ts). */
    mentors: MentorStrings;
    /** Added when the eligibility self-check's chunk loads (routes/eligibility/use-eligibility-translation.ts). */
    eligibility: EligibilityStrings;
    /** Added when the application's chunk loads (routes/apply/use-apply-translation.ts). */
    apply: ApplyStrings;
    /** Added when the public notice's chunk loads (routes/admitted/use-admitted-translation.ts). */
    admitted: AdmittedStrings;
  }
}

export function initWebI18n() {
  return initI18n({ 'zh-CN': { web: webZhCN }, en: { web: webEn } });
}
