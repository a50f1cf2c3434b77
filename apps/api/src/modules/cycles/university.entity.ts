import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** An implementing university (实施高校, R-SCOPE-2); it outlives cycles. */
@Entity({ tableName: 'university' })
export class University {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 200, unique: true })
  name!: string;
}
