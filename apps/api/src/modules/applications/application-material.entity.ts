import { DateTimeType, Entity, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import type { MaterialType } from '@yingcai/domain/applications';
import { EncryptedType } from '../../crypto/encrypted.type.js';
import type { Application } from './application.entity.js';

/**
 * A supporting material (申请材料) uploaded with an application (R-APP-3). The bytes are a file named by
 * the random storage key in the material folder, never in a served folder: they go out only through
 * GET /api/application-materials/:id after an access check. The file is sealed under its own data key
 * (issue 22, crypto/file-cipher.ts).
 */
@Entity({ tableName: 'application_material' })
// R-APP-3: at most 5 materials, held by the database too: each takes one of slots 1..5, so two uploads at once cannot make a sixth.
@Unique({ properties: ['application', 'slot'] })
export class ApplicationMaterial {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'Application', ref: true, index: true, deleteRule: 'cascade' })
  application!: Ref<Application>;

  /** 1..MATERIAL_LIMITS.maxCount; a deleted material's slot is free again. */
  @Property({ type: 'integer' })
  slot!: number;

  /** The file's name on disk: random, unrelated to anything the applicant sent. */
  @Property({ type: 'string', length: 64, unique: true })
  storageKey!: string;

  /** The file's own key, encrypted under the data keys; null for a file stored before issue 22 and not yet sealed (material-sealing.ts). */
  @Property({ type: new EncryptedType('application_material.data_key'), nullable: true })
  dataKey: string | null = null;

  /** The name the applicant's file had, cleaned of any path. */
  @Property({ type: 'string', length: 255 })
  fileName!: string;

  /** What the bytes are (file-type), never the browser's claim. */
  @Property({ type: 'string', length: 32 })
  mediaType!: MaterialType;

  /** Bytes. */
  @Property({ type: 'integer' })
  size!: number;

  @Property({ type: DateTimeType })
  uploadedAt!: Date;
}
