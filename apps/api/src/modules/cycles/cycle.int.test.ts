import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/test-api.js';
import { insertCycle } from '../../orm/seeders/cycle-seed.js';
import { Cycle } from './cycle.entity.js';
import { shanxi2026 } from '../../orm/seeders/shanxi-2026.js';

const CYCLE = /* GraphQL */ `
  query ($year: Int) {
    cycle(year: $year) {
      year province name
      disciplines { code name }
      universities { name }
      districts { code name }
      rules { subjectRankTopPercent overallRankTopPercent interviewRatio minAdmissions minTrainingSessions maxMentorChoices }
      milestones { key name startsOn endsOn }
      currentPhase
    }
  }
`;

describe('the programme cycle over GraphQL (public)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ now: new Date('2025-11-15T10:00:00+08:00') });
  });
  afterAll(() => api.close());

  it('R-SCOPE-1 R-SCOPE-2 R-SCOPE-3: cycle(year: 2026) returns the seeded Shanxi cycle', async () => {
    const { status, data, errors } = await api.graphql<{ cycle: Record<string, unknown> }>(CYCLE, { year: 2026 });
    expect(errors).toBeUndefined();
    expect(status).toBe(200);
    expect(data?.cycle).toMatchObject({ year: 2026, province: '山西省', name: '2026年山西省中学生英才计划' });
    expect(data?.cycle.disciplines).toEqual([
      { code: 'physics', name: '物理学' },
      { code: 'mathematics', name: '数学' },
      { code: 'computer_science', name: '计算机科学与技术' },
      { code: 'chemistry', name: '化学' },
      { code: 'biology', name: '生物学' },
    ]);
    expect(data?.cycle.universities).toEqual([{ name: '山西大学' }]);
    expect((data?.cycle.districts as { name: string }[]).map((d) => d.name)).toEqual([
      '小店区', '迎泽区', '杏花岭区', '尖草坪区', '万柏林区', '晋源区',
    ]);
  });

  it('R-APP-2 R-SEL-4 R-SEL-6 R-TRAIN-4: the thresholds are the cycle\'s data', async () => {
    const { data } = await api.graphql<{ cycle: { rules: unknown } }>(CYCLE, { year: 2026 });
    expect(data?.cycle.rules).toEqual({
      subjectRankTopPercent: 10,
      overallRankTopPercent: 15,
      interviewRatio: 3,
      minAdmissions: 40,
      minTrainingSessions: 10,
      maxMentorChoices: 2,
    });
  });

  it('returns every milestone of the schedule with its window, in order', async () => {
    const { data } = await api.graphql<{ cycle: { milestones: { key: string; startsOn: string; endsOn: string }[] } }>(CYCLE, { year: 2026 });
    const milestones = data!.cycle.milestones;
    expect(milestones.map((m) => m.key)).toEqual(shanxi2026.milestones.map((m) => m.key));
    expect(milestones.find((m) => m.key === 'registration')).toMatchObject({ startsOn: '2025-11-01', endsOn: '2025-11-30' });
  });

  it('R-APP-4: currentPhase is the milestone holding the request date in Shanghai', async () => {
    const { data } = await api.graphql<{ cycle: { currentPhase: string } }>(CYCLE, { year: 2026 });
    expect(data?.cycle.currentPhase).toBe('registration');
  });

  it('an unknown year is a NOT_FOUND error, not null', async () => {
    const { data, errors } = await api.graphql(CYCLE, { year: 1999 });
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(errors?.[0]?.message).toContain('1999');
  });

  it('serves repeated reads from the instance cache until it is cleared', async () => {
    await api.graphql(CYCLE, { year: 2026 });
    await api.orm.em.fork().nativeUpdate(Cycle, { year: 2026 }, { name: '改名后的周期' });
    const cached = await api.graphql<{ cycle: { name: string } }>(CYCLE, { year: 2026 });
    expect(cached.data?.cycle.name).toBe('2026年山西省中学生英才计划');
    api.caches.cycles.clear();
    const fresh = await api.graphql<{ cycle: { name: string } }>(CYCLE, { year: 2026 });
    expect(fresh.data?.cycle.name).toBe('改名后的周期');
    await api.orm.em.fork().nativeUpdate(Cycle, { year: 2026 }, { name: shanxi2026.name });
    api.caches.cycles.clear();
  });

  it('without a year, cycle is the newest; cycles lists every cycle newest first', async () => {
    const em = api.orm.em.fork();
    await insertCycle(em, { ...shanxi2026, year: 2027, name: '2027年山西省中学生英才计划' });
    api.caches.cycles.clear();
    const newest = await api.graphql<{ cycle: { year: number } }>(CYCLE);
    expect(newest.data?.cycle.year).toBe(2027);
    const all = await api.graphql<{ cycles: { year: number }[] }>('{ cycles { year } }');
    expect(all.data?.cycles.map((c) => c.year)).toEqual([2027, 2026]);
  });

  it('a year run by several provinces asks for the province', async () => {
    const em = api.orm.em.fork();
    await insertCycle(em, { ...shanxi2026, province: '河北省', name: '2026年河北省中学生英才计划' });
    api.caches.cycles.clear();
    const ambiguous = await api.graphql(CYCLE, { year: 2026 });
    expect(ambiguous.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const named = await api.graphql<{ cycle: { province: string } }>(
      'query { cycle(year: 2026, province: "河北省") { province } }',
    );
    expect(named.data?.cycle.province).toBe('河北省');
  });
});
