import type { DistrictEntry, SchoolOwnership, SchoolRow, SchoolType } from '@yingcai/domain/schools';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { PageInput } from '../../graphql/page.js';
import type { School } from './school.entity.js';
import { provinceDistricts } from './school-register.js';
import * as schools from './school.service.js';
import {
  RegisteredSchoolType,
  SchoolFilterInput,
  SchoolInput,
  type SchoolOwnershipValue,
  SchoolPageType,
  SchoolSortInput,
  type SchoolTypeValue,
} from './school.type.js';

export function toSchoolType(school: School, districts: readonly DistrictEntry[]): RegisteredSchoolType {
  return {
    id: school.id,
    name: school.name,
    districtCode: school.districtCode,
    districtName: districts.find((d) => d.code === school.districtCode)?.name ?? null,
    schoolType: school.schoolType as SchoolTypeValue,
    ownership: school.ownership as SchoolOwnershipValue,
  };
}

const toRow = (input: SchoolInput): SchoolRow => ({
  name: input.name,
  districtCode: input.districtCode,
  schoolType: input.schoolType as string as SchoolType,
  ownership: input.ownership as string as SchoolOwnership,
});

@Resolver()
export class SchoolResolver {
  @Authorized('school.manage')
  @Query(() => SchoolPageType, { description: '学校名录: the office\'s school register, paged, filtered and sorted by the server' })
  async schools(
    @Ctx() ctx: Context,
    @Arg('filter', () => SchoolFilterInput, { nullable: true }) filter: SchoolFilterInput | null,
    @Arg('sort', () => SchoolSortInput, { nullable: true }) sort: SchoolSortInput | null,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
  ): Promise<SchoolPageType> {
    const { rows, total, districts } = await schools.listSchools(ctx, filter ?? {}, sort, page);
    return { rows: rows.map((s) => toSchoolType(s, districts)), total };
  }

  @Authorized('school.manage')
  @Mutation(() => RegisteredSchoolType, { description: 'The office adds a school to the register; a name already there is a CONFLICT' })
  async createSchool(@Ctx() ctx: Context, @Arg('input', () => SchoolInput) input: SchoolInput): Promise<RegisteredSchoolType> {
    const school = await schools.createSchool(ctx, toRow(input));
    return this.view(ctx, school);
  }

  @Authorized('school.manage')
  @Mutation(() => RegisteredSchoolType, { description: "The office corrects a school of the register" })
  async updateSchool(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => SchoolInput) input: SchoolInput,
  ): Promise<RegisteredSchoolType> {
    const school = await schools.updateSchool(ctx, id, toRow(input));
    return this.view(ctx, school);
  }

  private async view(ctx: Context, school: School): Promise<RegisteredSchoolType> {
    return toSchoolType(school, await provinceDistricts(ctx.em));
  }
}
