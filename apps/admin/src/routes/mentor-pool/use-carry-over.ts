import { useMutation } from '@apollo/client/react';
import { AdminCarryOverMentorsDocument } from '@yingcai/schema';
import { useState } from 'react';
import { useAdminTranslation, useCommonTranslation } from '../../i18n/use-admin-translation';
import { useDescribeFailure } from '../../shell/api-failure';
import type { Notice } from '../../shell/notice-alert';
import { useDescribeMentorViolation } from '../mentors/mentor-rules';
import { violationsOf } from '../../shell/violations';
import type { PoolRow } from './pool-query';

/** R-MENTOR-3: takes pool mentors into the cycle, all or none; the notice names who was taken or every violation. */
export function useCarryOver(year: number, onDone: () => unknown) {
  const { t } = useAdminTranslation();
  const { t: tc } = useCommonTranslation();
  const describe = useDescribeFailure();
  const describeViolation = useDescribeMentorViolation();
  const [mutate, { loading }] = useMutation(AdminCarryOverMentorsDocument);
  const [notice, setNotice] = useState<Notice | null>(null);

  const carryOver = async (rows: readonly PoolRow[]): Promise<boolean> => {
    setNotice(null);
    try {
      await mutate({ variables: { year, mentorIds: rows.map((r) => r.mentor.id) } });
    } catch (error) {
      const violations = violationsOf(error);
      setNotice(
        violations
          ? { type: 'error', title: t('mentorPool.refused'), lines: violations.map(describeViolation) }
          : { type: 'error', lines: [t('mentorPool.failed', { reason: describe(error) })] },
      );
      return false;
    }
    const names = rows.map((r) => r.mentor.name).join(tc('listSeparator'));
    setNotice({ type: 'success', lines: [t('mentorPool.carriedOver', { count: rows.length, year, names })] });
    void onDone();
    return true;
  };

  return { carryOver, carrying: loading, notice, setNotice };
}
