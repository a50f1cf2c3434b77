import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { ApplicationMaterial } from './application-material.entity.js';

@ObjectType('ApplicationMaterial', { simpleResolvers: true, description: 'R-APP-3: a supporting material (申请材料); its file is at /api/application-materials/{id}' })
export class ApplicationMaterialType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The name of the file the applicant uploaded' })
  fileName!: string;

  @Field(() => String, { description: 'application/pdf, image/jpeg or image/png, found from the bytes' })
  mediaType!: string;

  @Field(() => Int, { description: 'Bytes' })
  size!: number;

  @Field(() => DateTimeISOResolver)
  uploadedAt!: Date;
}

export const toMaterialType = ({ id, fileName, mediaType, size, uploadedAt }: ApplicationMaterial): ApplicationMaterialType =>
  ({ id: String(id), fileName, mediaType, size, uploadedAt });
