import { DateTimeType, Entity, ManyToOne, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import type { Role } from '@yingcai/domain/access';
import type { Account } from './account.entity.js';

/** A role an account holds, bound to a school, mentor record or university where the role is bound. */
@Entity({ tableName: 'role_grant' })
@Unique({ properties: ['account', 'role', 'scopeId'] })
export class RoleGrant {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'Account', ref: true, deleteRule: 'cascade' })
  account!: Ref<Account>;

  @Property({ type: 'string', length: 32 })
  role!: Role;

  @Property({ type: 'string', length: 36, nullable: true })
  scopeId: string | null = null;

  @Property({ type: DateTimeType })
  grantedAt: Opt<Date> = new Date();
}
