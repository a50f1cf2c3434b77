import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import type { Account } from '../accounts/index.js';
import type { InterviewSlot } from './interview-slot.entity.js';

/** Who sits on a slot's panel: a mentor approved for the cycle in the slot's discipline, or office staff (R-SEL-5). */
export type PanelRole = 'mentor' | 'office_staff';

@Entity({ tableName: 'interview_panel_member' })
@Unique({ properties: ['slot', 'account'] })
export class PanelMember {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'InterviewSlot', ref: true, deleteRule: 'cascade' })
  slot!: Ref<InterviewSlot>;

  @ManyToOne({ entity: 'Account', ref: true, index: true })
  account!: Ref<Account>;

  @Property({ type: 'string', length: 16 })
  role!: PanelRole;
}
