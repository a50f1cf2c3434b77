import { Tag } from 'antd';
import { useAdminTranslation } from '../../i18n/use-admin-translation';

/** 审核提示 of one application: a tag per flag, naming its rule and the reason, or 无. */
export function FlagTags({ flags }: { flags: readonly string[] }) {
  const { t } = useAdminTranslation();
  if (flags.length === 0) return <span style={{ color: 'rgba(0,0,0,0.45)' }}>{t('review.noFlags')}</span>;
  return flags.map((flag) => (
    <Tag key={flag} color="warning" style={{ whiteSpace: 'normal', maxWidth: 320, marginBottom: 4 }}>
      {flag}
    </Tag>
  ));
}
