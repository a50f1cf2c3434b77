import type { CalendarDate } from '@yingcai/domain/cycle';
import { Button, Space } from 'antd';
import { useState } from 'react';
import { useAdminTranslation } from '../../../i18n/use-admin-translation';
import { useCycleSelection } from '../../../shell/cycle-selection';
import { useSession } from '../../../shell/session';
import { CopyCycleDialog } from './copy-cycle-dialog';
import { CycleEditDialog } from './cycle-edit-dialog';
import type { SettingsCycle } from './queries';

/** The office's two actions on a cycle: copy it as next year's, edit it (issue 11). Other roles read only. */
export function CycleActions({ cycle, today, onDone }: { cycle: SettingsCycle; today: CalendarDate; onDone: (notice: string) => void }) {
  const { t } = useAdminTranslation();
  const account = useSession();
  const { selectYear } = useCycleSelection();
  const [open, setOpen] = useState<'copy' | 'edit' | null>(null);
  if (!account.roles.some((grant) => grant.role === 'OFFICE_STAFF')) return null;
  const close = () => setOpen(null);
  return (
    <Space>
      <Button onClick={() => setOpen('edit')}>{t('cycle.edit')}</Button>
      <Button type="primary" onClick={() => setOpen('copy')}>{t('cycle.copy')}</Button>
      {open === 'copy' && (
        <CopyCycleDialog cycle={cycle} onClose={close} onCopied={(year) => { close(); onDone(t('cycle.copied', { year })); selectYear(year); }} />
      )}
      {open === 'edit' && <CycleEditDialog cycle={cycle} today={today} onClose={close} onSaved={() => { close(); onDone(t('cycle.saved')); }} />}
    </Space>
  );
}
