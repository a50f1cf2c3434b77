import type { Finding, Percentages } from './self-check';
import { useEligibilityTranslation } from './use-eligibility-translation';

function FindingLine({ finding }: { finding: Finding }) {
  const { t } = useEligibilityTranslation();
  const { label, grade, ...values } = finding.values;
  const named = {
    ...values,
    ...(label === undefined ? {} : { label: t(`rules.${label as 'subject'}`) }),
    ...(grade === undefined ? {} : { grade: t(`grades.${grade as '10'}`) }),
  };
  const text = t(`rules.${finding.text as 'gradeMet'}`, named);
  return (
    <li className={finding.met ? 'eligibility-finding eligibility-finding--met' : 'eligibility-finding eligibility-finding--unmet'}>
      {t(finding.met ? 'met' : 'unmet', { rule: finding.rule, text })}
    </li>
  );
}

/** The verdict and, rule by rule, why: R-APP-1 then R-APP-2. */
export function SelfCheckOutcome({ eligible, findings, rules }: { eligible: boolean; findings: Finding[]; rules: Percentages }) {
  const { t } = useEligibilityTranslation();
  const rankUnmet = findings.some((f) => f.rule === 'R-APP-2' && !f.met);
  return (
    <section className={`form-card eligibility-outcome eligibility-outcome--${eligible ? 'eligible' : 'not-eligible'}`} role="status" aria-labelledby="eligibility-verdict">
      <h2 id="eligibility-verdict">{t(eligible ? 'eligible' : 'notEligible')}</h2>
      <ul className="eligibility-findings">
        {findings.map((finding) => (
          <FindingLine key={`${finding.rule}-${finding.text}-${String(finding.values.label)}`} finding={finding} />
        ))}
      </ul>
      {rankUnmet && <p>{t('rules.either', { subject: rules.subjectRankTopPercent, overall: rules.overallRankTopPercent })}</p>}
      <p className="eligibility-outcome__note">{t('privacy')}</p>
    </section>
  );
}
