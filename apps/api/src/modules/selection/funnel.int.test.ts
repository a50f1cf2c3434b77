import type { ApplicationStatus } from '@yingcai/domain/applications';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInEveryRole } from '../../../test/fixtures/accounts.js';
import { approveParticipation } from '../../../test/fixtures/applications.js';
import { addMentor } from '../../../test/fixtures/mentors.js';
import { addSubmittedApplication } from '../../../test/fixtures/school-review.js';
import { startTestApi, type TestApi } from '../../../test/test-api.js';

const FUNNEL = /* GraphQL */ `query { selectionFunnel(year: 2026) {
  unfinishedDrafts overall { stage count ratioToPrevious } disciplines { disciplineCode disciplineName steps { stage count ratioToPrevious } } } }`;

interface Step { stage: string; count: number; ratioToPrevious: number | null }
interface Funnel { unfinishedDrafts: number; overall: Step[]; disciplines: { disciplineCode: string; disciplineName: string; steps: Step[] }[] }

const countsOf = (steps: Step[]) => Object.fromEntries(steps.map((s) => [s.stage, s.count]));

describe('the selection funnel (遴选看板) per discipline, R-APP-4 … R-SEL-5', () => {
  let api: TestApi;
  let as: Awaited<ReturnType<typeof signInEveryRole>>;
  beforeAll(async () => {
    api = await startTestApi({ now: new Date('2025-12-20T10:00:00+08:00') });
    as = await signInEveryRole(api);
    const em = api.orm.em.fork();
    const school = await approveParticipation(em, '太原市第五中学（演示）');
    const mentorId = (await addMentor(em, { name: '物理导师' })).id;
    const seeds: [ApplicationStatus, string][] = [
      ['draft', 'physics'], ['submitted', 'physics'], ['school_declined', 'physics'], ['conformant', 'physics'],
      ['invited', 'physics'], ['admitted', 'physics'], ['nonconformant', 'chemistry'], ['waitlisted', 'chemistry'],
    ];
    for (const [index, [status, disciplineCode]] of seeds.entries()) {
      await addSubmittedApplication(em, { school, mentorId, sequence: index + 1, status, disciplineCode });
    }
  });
  afterAll(() => api.close());

  it('counts each application in every stage it passed, per discipline and overall, with ratios to the stage before', async () => {
    const { data, errors } = await as.office_staff.graphql<{ selectionFunnel: Funnel }>(FUNNEL);
    expect(errors).toBeUndefined();
    const { disciplines, overall, unfinishedDrafts } = data!.selectionFunnel;
    const physics = disciplines.find((d) => d.disciplineCode === 'physics')!;
    expect(physics.disciplineName).toBe('物理学');
    expect(countsOf(physics.steps)).toEqual({ applied: 5, recommended: 3, conformant: 3, assessed: 2, invited: 2, interviewed: 1, admitted: 1 });
    expect(physics.steps[1]!.ratioToPrevious).toBeCloseTo(0.6);
    expect(countsOf(disciplines.find((d) => d.disciplineCode === 'chemistry')!.steps)).toMatchObject({ applied: 2, recommended: 2, conformant: 1, interviewed: 1, admitted: 0 });
    expect(countsOf(overall)).toMatchObject({ applied: 7, recommended: 5, admitted: 1 });
    expect(unfinishedDrafts).toBe(1);
  });

  it('lists every discipline of the cycle, an empty one with zeros and no ratios', async () => {
    const { data } = await as.office_staff.graphql<{ selectionFunnel: Funnel }>(FUNNEL);
    const empty = data!.selectionFunnel.disciplines.find((d) => !['physics', 'chemistry'].includes(d.disciplineCode))!;
    expect(empty.steps.every((s) => s.count === 0 && s.ratioToPrevious === null)).toBe(true);
  });

  it('is for the office and analysts: a school coordinator is FORBIDDEN', async () => {
    expect((await as.analyst.graphql(FUNNEL)).errors).toBeUndefined();
    const { errors } = await as.school_coordinator.graphql(FUNNEL);
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
