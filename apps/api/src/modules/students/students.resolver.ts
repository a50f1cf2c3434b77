import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { assignMentor, proposeMentorAssignments, readCohort } from './cohort.service.js';
import { CohortType } from './cohort.type.js';

@Resolver()
export class StudentsResolver {
  @Authorized('student.read')
  @Query(() => CohortType, { description: "Issue 11: a cycle's students (confirmed admissions) with their mentors, and the mentors' places" })
  cohort(@Ctx() ctx: Context, @Arg('cycleId', () => ID) cycleId: string): Promise<CohortType> {
    return readCohort(ctx, cycleId);
  }

  @Authorized('student.assign_mentor')
  @Mutation(() => CohortType, { description: 'R-APP-3: every student without a mentor gets the best-ranked choice with room, best of the admission ranking first (audited)' })
  proposeMentorAssignments(@Ctx() ctx: Context, @Arg('cycleId', () => ID) cycleId: string): Promise<CohortType> {
    return proposeMentorAssignments(ctx, cycleId);
  }

  @Authorized('student.assign_mentor')
  @Mutation(() => CohortType, { description: "R-APP-3: the office gives a student a mentor of the student's discipline with a place left (audited)" })
  assignMentor(
    @Ctx() ctx: Context,
    @Arg('studentId', () => ID) studentId: string,
    @Arg('version', () => Int) version: number,
    @Arg('mentorId', () => ID) mentorId: string,
  ): Promise<CohortType> {
    return assignMentor(ctx, studentId, version, mentorId);
  }
}
