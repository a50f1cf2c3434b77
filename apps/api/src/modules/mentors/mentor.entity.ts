import { randomUUID } from 'node:crypto';
import { Collection, Entity, ManyToOne, OneToMany, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import type { University } from '../cycles/index.js';
import type { MentorAppointment } from './mentor-appointment.entity.js';

/**
 * A mentor (导师) as a person of the mentor pool (导师库, R-MENTOR-3): one row across cycles.
 * What they do in one cycle is a MentorAppointment.
 */
@Entity({ tableName: 'mentor' })
@Unique({ properties: ['university', 'name', 'disciplineCode'] })
export class Mentor {
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Property({ type: 'string', length: 100 })
  name!: string;

  @ManyToOne({ entity: 'University', ref: true })
  university!: Ref<University>;

  @Property({ type: 'string', length: 32, index: true })
  disciplineCode!: string;

  /** Professional title as printed, e.g. 教授. */
  @Property({ type: 'string', length: 50 })
  title: Opt<string> = '';

  /** Codes of R-MENTOR-1's honours (domain HONOURS). */
  @Property({ type: 'json', defaultRaw: `'[]'` })
  honours: Opt<string[]> = [];

  @Property({ type: 'json', defaultRaw: `'[]'` })
  researchFields: Opt<string[]> = [];

  /** The short public profile shown in the directory. */
  @Property({ type: 'text' })
  profile: Opt<string> = '';

  /** Where the candidate's invitation goes; never public. */
  @Property({ type: 'string', length: 254, nullable: true })
  email: string | null = null;

  /** Stored key of the photo, served by the directory; null shows the initial. */
  @Property({ type: 'string', length: 100, nullable: true })
  photo: string | null = null;

  /** Lower-cased name and research fields, for the directory's search on both dialects. */
  @Property({ type: 'text' })
  searchText: Opt<string> = '';

  /** Every cycle the mentor was recommended for or taken into: their history. */
  @OneToMany({ entity: 'MentorAppointment', mappedBy: 'mentor' })
  appointments = new Collection<MentorAppointment>(this);

  /** Demo data seeded for development, never in production. */
  @Property({ type: 'boolean' })
  isDemo: Opt<boolean> = false;
}
