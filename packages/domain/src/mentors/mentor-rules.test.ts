import { describe, expect, it } from 'vitest';
import {
  advanceMentor,
  canCarryOver,
  HONOURS,
  isHonourCode,
  isQualifiedTeamMember,
  MENTOR_STATUSES,
  mentorWarnings,
  type Degree,
  type MentorActor,
  type MentorStatus,
  type MentorStep,
  type MentorTeamMember,
  type ProfessionalTitle,
} from './mentor-rules.js';

describe('R-MENTOR-1 HONOURS: the six honours and the top students programme pool, with their Chinese names', () => {
  it('lists them in the order of the plan (§四(一))', () => {
    expect(HONOURS.map(({ code, name, kind }) => [code, name, kind])).toEqual([
      ['academician', '两院院士', 'title'],
      ['distinguished_expert', '特聘专家', 'title'],
      ['changjiang_scholar', '长江学者特聘教授', 'title'],
      ['nsfc_distinguished_young', '国家杰出青年科学基金获得者', 'title'],
      ['national_teaching_master', '国家级教学名师', 'title'],
      ['provincial_teaching_master', '省级教学名师', 'title'],
      ['top_students_programme_mentor', '基础学科拔尖学生培养计划导师', 'pool'],
    ]);
  });

  it.each([
    ['academician', true],
    ['provincial_teaching_master', true],
    ['top_students_programme_mentor', true],
    ['Academician', false],
    [' academician', false],
    ['两院院士', false],
    ['', false],
    ['best_paper_award', false],
  ])('R-MENTOR-1 isHonourCode(%j) → %s', (code, expected) => {
    expect(isHonourCode(code)).toBe(expected);
  });
});

const doctor: MentorTeamMember = { name: '陈博', degree: 'doctorate', title: 'intermediate' };

describe('R-MENTOR-1 mentorWarnings: a warning, not a refusal, when the candidate holds no honour', () => {
  it.each([
    // honours, warned
    [[], true],
    [['academician'], false],
    [['distinguished_expert'], false],
    [['changjiang_scholar'], false],
    [['nsfc_distinguished_young'], false],
    [['national_teaching_master'], false],
    [['provincial_teaching_master'], false],
    [['top_students_programme_mentor'], false], // the pool alone meets "normally"
    [['academician', 'nsfc_distinguished_young', 'top_students_programme_mentor'], false],
    [['academician', 'academician'], false],
    [['best_paper_award'], true], // an unknown code is no honour
    [[''], true],
    [['ACADEMICIAN'], true],
    [['best_paper_award', 'changjiang_scholar'], false],
  ])('honours %j → warned %s', (honours, warned) => {
    const warnings = mentorWarnings({ honours, team: [doctor] }).filter((warning) => warning.rule === 'R-MENTOR-1');
    expect(warnings).toHaveLength(warned ? 1 : 0);
  });

  it('R-MENTOR-1 names the honours looked for, with no subject', () => {
    expect(mentorWarnings({ honours: [], team: [] })).toEqual([
      {
        rule: 'R-MENTOR-1',
        message:
          'the candidate holds none of the honours mentors are normally drawn from (两院院士、特聘专家、长江学者特聘教授、国家杰出青年科学基金获得者、国家级教学名师、省级教学名师、基础学科拔尖学生培养计划导师)',
      },
    ]);
  });
});

const DEGREES: Degree[] = ['doctorate', 'master', 'bachelor', 'other'];
const TITLES: ProfessionalTitle[] = ['senior', 'associate_senior', 'intermediate', 'junior', 'none'];
/** Written out, not derived: a doctorate, or 正高 / 副高, qualifies. */
const QUALIFIED = new Set([
  'doctorate/senior', 'doctorate/associate_senior', 'doctorate/intermediate', 'doctorate/junior', 'doctorate/none',
  'master/senior', 'master/associate_senior',
  'bachelor/senior', 'bachelor/associate_senior',
  'other/senior', 'other/associate_senior',
]);

describe('R-MENTOR-4 mentorWarnings: one warning per team member with neither a doctorate nor 副高 or above', () => {
  it.each(DEGREES.flatMap((degree) => TITLES.map((title) => [degree, title, !QUALIFIED.has(`${degree}/${title}`)] as const)))(
    'a member with degree %s and title %s → warned %s',
    (degree, title, warned) => {
      const member = { name: '周敏', degree, title };
      expect(isQualifiedTeamMember(member)).toBe(!warned);
      expect(mentorWarnings({ honours: ['academician'], team: [member] })).toEqual(
        warned ? [{ rule: 'R-MENTOR-4', subject: '周敏', message: '周敏 holds neither a doctorate nor an associate-senior title or above' }] : [],
      );
    },
  );

  it.each<[string, MentorTeamMember[], string[]]>([
    ['no team', [], []],
    ['all qualified', [doctor, { name: '刘教授', degree: 'master', title: 'senior' }], []],
    ['one of three flagged', [doctor, { name: '吴助教', degree: 'master', title: 'junior' }, { name: '孙老师', degree: 'bachelor', title: 'associate_senior' }], ['吴助教']],
    ['every member flagged, in order', [{ name: '甲', degree: 'master', title: 'intermediate' }, { name: '乙', degree: 'bachelor', title: 'none' }], ['甲', '乙']],
    ['a trimmed name', [{ name: '  吴助教 ', degree: 'other', title: 'none' }], ['吴助教']],
    ['a blank name is named by position', [doctor, { name: ' ', degree: 'master', title: 'none' }], ['team member 2']],
    ['two members with the same name both flagged', [{ name: '王磊', degree: 'master', title: 'none' }, { name: '王磊', degree: 'master', title: 'junior' }], ['王磊', '王磊']],
  ])('R-MENTOR-4 %s → subjects %j', (_, team, subjects) => {
    const warnings = mentorWarnings({ honours: ['academician'], team });
    expect(warnings.map((warning) => warning.subject)).toEqual(subjects);
    for (const warning of warnings) expect(warning.rule).toBe('R-MENTOR-4');
  });

  it('R-MENTOR-1 and R-MENTOR-4 together: the honour warning first, then the members', () => {
    const warnings = mentorWarnings({ honours: [], team: [doctor, { name: '吴助教', degree: 'master', title: 'junior' }] });
    expect(warnings.map((warning) => [warning.rule, warning.subject])).toEqual([
      ['R-MENTOR-1', undefined],
      ['R-MENTOR-4', '吴助教'],
    ]);
  });
});

const STEPS: MentorStep[] = ['confirm', 'university_approve', 'office_approve', 'reject'];
const ACTORS: MentorActor[] = ['mentor', 'university', 'office'];
/** Every allowed (status, step, actor), written out; everything else is refused. */
const ALLOWED: Record<string, MentorStatus> = {
  'recommended/confirm/mentor': 'confirmed',
  'confirmed/university_approve/university': 'university_approved',
  'university_approved/office_approve/office': 'approved',
  'recommended/reject/university': 'rejected',
  'recommended/reject/office': 'rejected',
  'confirmed/reject/university': 'rejected',
  'confirmed/reject/office': 'rejected',
  'university_approved/reject/university': 'rejected',
  'university_approved/reject/office': 'rejected',
};

describe('R-MENTOR-2 advanceMentor: every status × step × actor, allowed or refused', () => {
  const table = MENTOR_STATUSES.flatMap((status) =>
    STEPS.flatMap((step) => ACTORS.map((actor) => [status, step, actor, ALLOWED[`${status}/${step}/${actor}`] ?? null] as const)),
  );

  it('covers 5 statuses × 4 steps × 3 actors, 9 of them allowed', () => {
    expect(table).toHaveLength(60);
    expect(table.filter(([, , , to]) => to !== null)).toHaveLength(9);
  });

  it.each(table)('%s, %s by the %s → %s', (status, step, actor, to) => {
    const result = advanceMentor(status, step, actor, 'a stated reason');
    if (to === null) {
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.rule).toBe('R-MENTOR-2');
        expect(result.error.message).toContain('expected next: ');
      }
    } else {
      expect(result).toEqual({ ok: true, value: to });
    }
  });
});

describe('R-MENTOR-2 advanceMentor: a rejection needs a reason', () => {
  it.each<[MentorStatus, MentorActor, string | null | undefined, boolean]>([
    ['recommended', 'university', undefined, false],
    ['recommended', 'office', null, false],
    ['confirmed', 'university', '', false],
    ['confirmed', 'office', '   ', false],
    ['university_approved', 'office', '\n\t', false],
    ['university_approved', 'university', '\u3000', false],
    ['recommended', 'university', '研究方向不符', true],
    ['university_approved', 'office', ' x ', true],
  ])('%s rejected by the %s with reason %j → allowed %s', (status, actor, reason, allowed) => {
    expect(advanceMentor(status, 'reject', actor, reason)).toEqual(
      allowed ? { ok: true, value: 'rejected' } : { ok: false, error: { rule: 'R-MENTOR-2', message: 'a rejected mentor candidate needs a reason' } },
    );
  });

  it.each<[MentorStep, MentorActor]>([
    ['confirm', 'mentor'],
    ['university_approve', 'university'],
    ['office_approve', 'office'],
  ])('R-MENTOR-2 %s by the %s needs no reason', (step, actor) => {
    const from: Record<string, MentorStatus> = { confirm: 'recommended', university_approve: 'confirmed', office_approve: 'university_approved' };
    expect(advanceMentor(from[step] ?? 'recommended', step, actor).ok).toBe(true);
  });
});

describe('R-MENTOR-2 advanceMentor: the violation says what is expected next', () => {
  it.each<[MentorStatus, MentorStep, MentorActor, string]>([
    ['recommended', 'university_approve', 'university', 'a mentor candidate who is recommended cannot take the step university_approve; expected next: the mentor confirms their data (or the university or the office rejects the recommendation)'],
    ['recommended', 'confirm', 'university', 'only the mentor confirms their own data, not the university; expected next: the mentor confirms their data (or the university or the office rejects the recommendation)'],
    ['confirmed', 'office_approve', 'office', 'a mentor candidate who is confirmed cannot take the step office_approve; expected next: the university approves (or the university or the office rejects)'],
    ['confirmed', 'university_approve', 'office', 'only the university gives the university approval, not the office; expected next: the university approves (or the university or the office rejects)'],
    ['university_approved', 'office_approve', 'university', 'only the office gives the final approval, not the university; expected next: the office approves (or the university or the office rejects)'],
    ['university_approved', 'reject', 'mentor', 'only the university or the office rejects, not the mentor; expected next: the office approves (or the university or the office rejects)'],
    ['approved', 'reject', 'office', 'a mentor candidate who is approved cannot take the step reject; expected next: nothing: the mentor is approved for the cycle'],
    ['rejected', 'confirm', 'mentor', 'a mentor candidate who is rejected cannot take the step confirm; expected next: nothing: the recommendation was rejected'],
  ])('%s, %s by the %s', (status, step, actor, message) => {
    expect(advanceMentor(status, step, actor, 'reason')).toEqual({ ok: false, error: { rule: 'R-MENTOR-2', message } });
  });

  it('R-MENTOR-2 a step that is not one of the chain (from unchecked input) is a violation', () => {
    const result = advanceMentor('recommended', 'appoint' as MentorStep, 'office');
    expect(result).toEqual({
      ok: false,
      error: { rule: 'R-MENTOR-2', message: '"appoint" is not a step of the mentor approval; expected next: the mentor confirms their data (or the university or the office rejects the recommendation)' },
    });
  });

  it('R-MENTOR-2 the whole chain, recommended to approved', () => {
    let status: MentorStatus = 'recommended';
    for (const [step, actor] of [['confirm', 'mentor'], ['university_approve', 'university'], ['office_approve', 'office']] as const) {
      const result = advanceMentor(status, step, actor);
      if (!result.ok) throw new Error(result.error.message);
      status = result.value;
    }
    expect(status).toBe('approved');
  });
});

describe('R-MENTOR-3 canCarryOver: a mentor of an earlier cycle, not yet in the target cycle', () => {
  it.each([
    // served, target, already in target, violations
    [[2025], 2026, false, 0], // the year before
    [[2020], 2026, false, 0], // long before
    [[2024, 2025], 2026, false, 0],
    [[2026, 2024], 2026, false, 0], // order does not matter
    [[2025, 2025], 2026, false, 0],
    [[], 2026, false, 1], // never served: needs a recommendation
    [[2026], 2026, false, 1], // only the target year itself
    [[2027], 2026, false, 1], // only a later cycle
    [[2026, 2027], 2026, false, 1],
    [[2025], 2026, true, 1], // already in
    [[2025, 2026], 2026, true, 1],
    [[], 2026, true, 2],
    [[2026], 2026, true, 2],
  ])('served %j, into %i, already in it %s → %i violations', (servedCycleYears, targetYear, alreadyInTarget, count) => {
    const violations = canCarryOver({ servedCycleYears, targetYear, alreadyInTarget });
    expect(violations).toHaveLength(count);
    for (const violation of violations) expect(violation.rule).toBe('R-MENTOR-3');
  });

  it('R-MENTOR-3 says why', () => {
    expect(canCarryOver({ servedCycleYears: [2026], targetYear: 2026, alreadyInTarget: true })).toEqual([
      { rule: 'R-MENTOR-3', message: 'only a mentor of a cycle before 2026 is in the mentor pool; this one needs a recommendation (R-MENTOR-2)' },
      { rule: 'R-MENTOR-3', message: 'the mentor is already a mentor of the 2026 cycle' },
    ]);
  });

  it.each([
    [[2025], 2026.5],
    [[2025], Number.NaN],
    [[2025.5], 2026],
    [[Number.POSITIVE_INFINITY], 2026],
  ])('R-MENTOR-3 a year that is not whole (served %j, into %s) is a programming error', (servedCycleYears, targetYear) => {
    expect(() => canCarryOver({ servedCycleYears, targetYear, alreadyInTarget: false })).toThrow(RangeError);
  });
});
