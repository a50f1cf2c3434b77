import { Descriptions, Tag, type DescriptionsProps } from 'antd';
import { useAdminTranslation } from '../../../i18n/use-admin-translation';
import { describePhase } from './phase-label';
import type { SettingsCycle } from './queries';

export function CycleOverview({ cycle }: { cycle: SettingsCycle }) {
  const { t } = useAdminTranslation();
  const items: DescriptionsProps['items'] = [
    { key: 'name', label: t('cycle.name'), children: cycle.name },
    { key: 'province', label: t('cycle.province'), children: cycle.province },
    { key: 'year', label: t('cycle.year'), children: cycle.year },
    {
      key: 'currentPhase',
      label: t('cycle.currentPhase'),
      children: <Tag color="processing">{describePhase(cycle.currentPhase, cycle.milestones, t)}</Tag>,
    },
    {
      key: 'universities',
      label: t('cycle.universities'),
      span: 2,
      children: cycle.universities.map((u) => <Tag key={u.name}>{u.name}</Tag>),
    },
    {
      key: 'contact',
      label: t('cycle.contact'),
      span: 2,
      children: [cycle.contact?.office, cycle.contact?.address, cycle.contact?.phone, cycle.contact?.email, cycle.contact?.hours].filter(Boolean).join('；') || t('cycle.contactMissing'),
    },
    {
      key: 'districts',
      label: t('cycle.districts'),
      span: 2,
      children: cycle.districts.map((d) => <Tag key={d.code}>{d.name}</Tag>),
    },
  ];
  return <Descriptions bordered size="small" column={2} items={items} />;
}
