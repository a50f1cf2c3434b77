import { Flex, Tag } from 'antd';
import { useAdminTranslation } from '../i18n/use-admin-translation';
import type { Grant } from './access';

const ROLE_COLOURS: Partial<Record<Grant['role'], string>> = { ADMIN: 'red', OFFICE_STAFF: 'blue', ANALYST: 'purple', APPLICANT: 'default' };

/** Each role as a tag, with the school, mentor or university it is bound to. */
export function RoleTags({ grants }: { grants: readonly Grant[] }) {
  const { t } = useAdminTranslation();
  return (
    <Flex wrap gap={4}>
      {grants.map((grant) => (
        <Tag key={`${grant.role}:${grant.scopeId ?? ''}`} color={ROLE_COLOURS[grant.role] ?? 'cyan'} style={{ marginInlineEnd: 0 }}>
          {t(`roles.${grant.role}`)}
          {grant.scopeId ? ` · ${grant.scopeName ?? grant.scopeId}` : ''}
        </Tag>
      ))}
    </Flex>
  );
}
