import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { AdminBindingTargetsDocument, type Role, type RoleGrantInput, type ScopeKind } from '@yingcai/schema';
import { Button, Flex, Form, Select, type FormListFieldData, type SelectProps } from 'antd';
import { useAdminTranslation } from '../../../i18n/use-admin-translation';
import { isStaffRole, scopeOf, STAFF_ROLES, type Grant } from '../../../shell/access';

/** One row of the picker as the form holds it. */
export interface GrantValue {
  role?: Role;
  scopeId?: string;
}

/** The picker's rows for an account's current staff roles (an applicant's own role is not the admin's to give). */
export function grantValuesOf(grants: readonly Grant[]): GrantValue[] {
  const staff = grants.filter((g) => isStaffRole(g.role));
  return staff.length > 0 ? staff.map((g) => ({ role: g.role, scopeId: g.scopeId ?? undefined })) : [{}];
}

/** What the API takes: a binding only for bound roles, each grant once. */
export function toGrantInputs(values: readonly GrantValue[]): RoleGrantInput[] {
  const seen = new Set<string>();
  const grants: RoleGrantInput[] = [];
  for (const { role, scopeId } of values) {
    if (!role) continue;
    const grant = { role, scopeId: scopeOf(role) ? (scopeId ?? null) : null };
    const key = `${grant.role}:${grant.scopeId ?? ''}`;
    if (!seen.has(key)) grants.push(grant);
    seen.add(key);
  }
  return grants;
}

/** One or more staff roles; a school coordinator, mentor or university coordinator also picks what they are bound to. */
export function GrantsField({ name }: { name: string }) {
  const { t } = useAdminTranslation();
  return (
    <Form.List
      name={name}
      rules={[
        {
          validator: async (_, grants: GrantValue[] | undefined) => {
            if (!grants?.length) throw new Error(t('grants.atLeastOne'));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field) => (
            <GrantRow key={field.key} list={name} field={field} onRemove={fields.length > 1 ? () => remove(field.name) : undefined} />
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
            {t('grants.add')}
          </Button>
          <Form.ErrorList errors={errors} />
        </>
      )}
    </Form.List>
  );
}

function GrantRow({ list, field, onRemove }: { list: string; field: FormListFieldData; onRemove?: () => void }) {
  const { t } = useAdminTranslation();
  const form = Form.useFormInstance();
  const role = Form.useWatch<Role | undefined>([list, field.name, 'role'], form);
  const scope = role ? scopeOf(role) : null;
  return (
    <Flex gap={8} align="start" data-testid="grant-row">
      <Form.Item
        name={[field.name, 'role']}
        rules={[{ required: true, message: t('grants.roleRequired') }]}
        style={{ flex: 1, minWidth: 0 }}
      >
        <Select<Role>
          aria-label={t('grants.role')}
          placeholder={t('grants.role')}
          options={STAFF_ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
          // A binding chosen for the previous role means nothing for the next one.
          onChange={() => form.setFieldValue([list, field.name, 'scopeId'], undefined)}
        />
      </Form.Item>
      {scope && (
        <Form.Item
          name={[field.name, 'scopeId']}
          rules={[{ required: true, message: t(`roleBindingRequired.${scope}`) }]}
          style={{ flex: 1, minWidth: 0 }}
        >
          <BindingTargetSelect kind={scope} />
        </Form.Item>
      )}
      {onRemove && <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('grants.remove')} onClick={onRemove} />}
    </Flex>
  );
}

/** The schools, mentors or universities a bound role can be bound to, from the API. */
function BindingTargetSelect({ kind, ...props }: { kind: ScopeKind } & SelectProps<string>) {
  const { t } = useAdminTranslation();
  const { data, loading, error } = useQuery(AdminBindingTargetsDocument, { variables: { kind } });
  return (
    <Select<string>
      {...props}
      aria-label={t(`roleBinding.${kind}`)}
      placeholder={t(`roleBinding.${kind}`)}
      loading={loading}
      status={error ? 'error' : undefined}
      showSearch={{ optionFilterProp: 'label' }}
      options={data?.bindingTargets.map(({ id, name }) => ({ value: id, label: name })) ?? []}
      notFoundContent={error ? t('grants.targetsFailed') : t('grants.noTargets')}
    />
  );
}
