import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, signInEveryRole } from '../../../test/fixtures/accounts.js';
import { startTestApi, type TestApi } from '../../../test/test-api.js';
import { AuditEntry } from '../audit/index.js';

type Browsers = Awaited<ReturnType<typeof signInEveryRole>>;

const FIELDS = 'id year province name rules { interviewRatio minAdmissions assessmentWeight interviewWeight } milestones { key startsOn endsOn } disciplines { code } districts { name } universities { name }';
const CYCLES = `{ cycles { ${FIELDS} } }`;
const COPY = `mutation ($from: ID!, $year: Int!) { copyCycle(cycleId: $from, year: $year) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: CycleChangeInput!, $reason: String) { updateCycle(cycleId: $id, input: $input, reason: $reason) { ${FIELDS} } }`;

const SETTINGS = {
  subjectRankTopPercent: 10, overallRankTopPercent: 15, maxMentorChoices: 2, interviewRatio: 3,
  assessmentWeight: 0.4, interviewWeight: 0.6, publicNoticeDays: 5, minAdmissions: 40, minTrainingSessions: 10,
};

interface CycleAnswer { id: string; year: number; name: string; rules: Record<string, number>; milestones: { key: string; startsOn: string; endsOn: string }[]; disciplines: unknown[]; districts: unknown[]; universities: unknown[] }

describe('Issue 11: the office starts a cycle by copying an earlier one, then edits it', () => {
  let api: TestApi;
  let as: Browsers;
  let cycle2026: CycleAnswer;
  let cycle2027: CycleAnswer;
  beforeAll(async () => {
    // 2026-06-10: the 2026 cohort trains; the 2027 cycle's first window (school participation, July) has not opened.
    api = await startTestApi({ now: new Date('2026-06-10T09:00:00+08:00') });
    as = await signInEveryRole(api);
    cycle2026 = (await api.graphql<{ cycles: CycleAnswer[] }>(CYCLES)).data!.cycles.find((c) => c.year === 2026)!;
  });
  afterAll(() => api.close());

  it('copies 2026 onto 2027: same disciplines, districts, university and numbers, every window a year later', async () => {
    const { data, errors } = await as.office_staff.graphql<{ copyCycle: CycleAnswer }>(COPY, { from: cycle2026.id, year: 2027 });
    expect(errors).toBeUndefined();
    cycle2027 = data!.copyCycle;
    expect(cycle2027).toMatchObject({ year: 2027, name: '2027年山西省中学生英才计划', rules: { interviewRatio: 3, minAdmissions: 40 } });
    expect(cycle2027.id).not.toBe(cycle2026.id);
    expect(cycle2027.disciplines).toHaveLength(5);
    expect(cycle2027.districts).toHaveLength(6);
    expect(cycle2027.universities).toEqual([{ name: '山西大学' }]);
    expect(cycle2027.milestones.find((m) => m.key === 'registration')).toEqual({ key: 'registration', startsOn: '2026-11-01', endsOn: '2026-11-30' });
    expect(cycle2027.milestones.find((m) => m.key === 'training')).toEqual({ key: 'training', startsOn: '2027-01-01', endsOn: '2027-12-31' });
    const years = (await api.graphql<{ cycles: CycleAnswer[] }>(CYCLES)).data!.cycles.map((c) => c.year);
    expect(years).toEqual([2027, 2026]);
    // R-SEL-5: the interview rubric goes with it.
    const rubric = await as.office_staff.graphql<{ interviewRubric: { code: string; maxPoints: number }[] }>('{ interviewRubric(year: 2027) { code maxPoints } }');
    expect(rubric.data?.interviewRubric).toEqual([{ code: 'research_potential', maxPoints: 40 }, { code: 'foundation', maxPoints: 30 }, { code: 'expression', maxPoints: 30 }]);
  });

  it('a year the province already runs is a CONFLICT; only the office copies', async () => {
    const again = await as.office_staff.graphql(COPY, { from: cycle2026.id, year: 2027 });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CYCLE_EXISTS' });
    for (const role of ['admin', 'school_coordinator', 'analyst'] as const) {
      expect((await as[role].graphql(COPY, { from: cycle2026.id, year: 2028 })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('R-SEL-4 R-SEL-5: a number out of its rule\'s range is refused naming the rule, and nothing is saved', async () => {
    const input = { name: cycle2027.name, settings: { ...SETTINGS, interviewRatio: 0.5 }, windows: [] };
    const { errors } = await as.office_staff.graphql(UPDATE, { id: cycle2027.id, input });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SETTING_OUT_OF_RANGE', rules: ['R-SEL-4'] });
    const weights = await as.office_staff.graphql(UPDATE, { id: cycle2027.id, input: { ...input, settings: { ...SETTINGS, interviewWeight: 0.7 } } });
    expect(weights.errors?.[0]?.extensions).toMatchObject({ reason: 'WEIGHTS_NOT_ONE', rules: ['R-SEL-5'] });
    const after = (await api.graphql<{ cycles: CycleAnswer[] }>(CYCLES)).data!.cycles.find((c) => c.year === 2027)!;
    expect(after.rules.interviewRatio).toBe(3);
  });

  it('an inverted window, and a registration overlapping 2026\'s, are refused by step', async () => {
    const base = { name: cycle2027.name, settings: SETTINGS };
    const inverted = await as.office_staff.graphql(UPDATE, { id: cycle2027.id, input: { ...base, windows: [{ key: 'registration', startsOn: '2026-11-30', endsOn: '2026-11-01' }] } });
    expect(inverted.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WINDOW_INVERTED', field: 'registration' });
    const overlapping = await as.office_staff.graphql(UPDATE, { id: cycle2027.id, input: { ...base, windows: [{ key: 'registration', startsOn: '2025-11-20', endsOn: '2026-11-30' }] } });
    expect(overlapping.errors?.[0]?.extensions).toMatchObject({ reason: 'WINDOW_OVERLAPS', field: 'registration', windowProblems: [{ otherYear: 2026 }] });
  });

  it('before it opens the office edits freely; the change is audited with what moved', async () => {
    const input = { name: cycle2027.name, settings: { ...SETTINGS, minAdmissions: 45 }, windows: [{ key: 'registration', startsOn: '2026-11-03', endsOn: '2026-11-30' }] };
    const { data, errors } = await as.office_staff.graphql<{ updateCycle: CycleAnswer }>(UPDATE, { id: cycle2027.id, input });
    expect(errors).toBeUndefined();
    expect(data!.updateCycle.rules.minAdmissions).toBe(45);
    expect(data!.updateCycle.milestones.find((m) => m.key === 'registration')?.startsOn).toBe('2026-11-03');
    const entry = await api.orm.em.fork().findOneOrFail(AuditEntry, { action: 'cycle.update', subjectId: cycle2027.id });
    expect(entry.reason).toBe('minAdmissions 40→45; registration 2026-11-01..2026-11-30→2026-11-03..2026-11-30');
  });

  it('the office fills in the contact the home page shows; a blank part is cleared, a long one refused', async () => {
    const input = { name: cycle2027.name, settings: { ...SETTINGS, minAdmissions: 45 }, windows: [], contact: { office: '省管办', address: '太原市', phone: ' 0351-1234567 ', email: '', hours: null } };
    expect((await as.office_staff.graphql(UPDATE, { id: cycle2027.id, input })).errors).toBeUndefined();
    const { data } = await api.graphql<{ cycle: { contact: unknown } }>('{ cycle(year: 2027) { contact { office address phone email hours } } }');
    expect(data?.cycle.contact).toEqual({ office: '省管办', address: '太原市', phone: '0351-1234567', email: null, hours: null });
    const long = await as.office_staff.graphql(UPDATE, { id: cycle2027.id, input: { ...input, contact: { ...input.contact, address: '路'.repeat(201) } } });
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CONTACT_TOO_LONG', field: 'contact.address' });
  });

  it('once its first window has begun, a change needs a reason, which the audit keeps', async () => {
    api.setNow(new Date('2026-07-02T09:00:00+08:00'));
    const office = await signIn(api, 'office@yingcai.test');
    const input = { name: cycle2027.name, settings: { ...SETTINGS, minAdmissions: 42 }, windows: [] };
    const refused = await office.graphql(UPDATE, { id: cycle2027.id, input, reason: '  ' });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REASON_REQUIRED' });
    expect((await office.graphql(UPDATE, { id: cycle2027.id, input, reason: '省厅调整招生规模' })).errors).toBeUndefined();
    const entries = await api.orm.em.fork().find(AuditEntry, { action: 'cycle.update', subjectId: cycle2027.id }, { orderBy: { id: 'desc' } });
    expect(entries[0]?.reason).toBe('省厅调整招生规模 — minAdmissions 45→42');
  });
});
