import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import type { ApplicationMaterialType } from './application-material.type.js';
import type { Application } from './application.entity.js';
import { ApplicationDraftInput } from './application.input.js';
import type { GenderValue } from './application-fields.type.js';
import { ApplicationType } from './application.type.js';
import { myApplication, saveApplicationDraft } from './draft.service.js';
import { materialsOf } from './material-read.service.js';
import { submitApplication } from './submission.service.js';

function toApplicationType(application: Application, materials: ApplicationMaterialType[]): ApplicationType {
  const school = application.school?.getEntity() ?? null;
  return {
    ...application,
    materials,
    id: String(application.id),
    year: application.cycle.getEntity().year,
    gender: application.gender as GenderValue | null,
    schoolId: school?.id ?? null,
    schoolName: school?.name ?? null,
    mentorChoices: [...application.mentorChoices].sort((a, b) => a.rank - b.rank),
  };
}

/** The application as its applicant sees it, with its materials. */
export async function ownView(ctx: Context, application: Application): Promise<ApplicationType> {
  const materials = await materialsOf(ctx.em, [application]);
  return toApplicationType(application, materials.get(application.id) ?? []);
}

@Resolver()
export class ApplicationsResolver {
  @Authorized()
  @Query(() => ApplicationType, { nullable: true, description: "The applicant's own application in a cycle, or null before the first save" })
  async myApplication(@Ctx() ctx: Context, @Arg('year', () => Int) year: number): Promise<ApplicationType | null> {
    const application = await myApplication(ctx, year);
    return application && ownView(ctx, application);
  }

  @Authorized()
  @Mutation(() => ApplicationType, { description: 'Creates or updates the draft with the fields sent; the first save sends no version' })
  async saveApplicationDraft(
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
    @Arg('input', () => ApplicationDraftInput) input: ApplicationDraftInput,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
  ): Promise<ApplicationType> {
    return ownView(ctx, await saveApplicationDraft(ctx, year, input, version ?? null));
  }

  @Authorized()
  @Mutation(() => ApplicationType, { description: 'R-APP-1..5, R-CONSENT-1: submits the draft and gives the application number' })
  async submitApplication(@Ctx() ctx: Context, @Arg('year', () => Int) year: number, @Arg('version', () => Int) version: number): Promise<ApplicationType> {
    return ownView(ctx, await submitApplication(ctx, year, version));
  }
}
