import { describe, expect, it } from 'vitest';
import {
  checkGuidanceTeam,
  checkSchoolEligibility,
  decideParticipation,
  PARTICIPATION_STATUSES,
  type GuidanceTeam,
  type ParticipationStatus,
} from './participation.js';

/** Taiyuan's six urban districts (GB/T 2260): 小店, 迎泽, 杏花岭, 尖草坪, 万柏林, 晋源. */
const taiyuanUrban = ['140105', '140106', '140107', '140108', '140109', '140110'];

describe('R-SCOPE-3 checkSchoolEligibility: a school of the cycle\'s eligible area', () => {
  it.each([
    // district, eligible area, violations
    ['140105', taiyuanUrban, 0], // 小店区, the first
    ['140107', taiyuanUrban, 0], // 杏花岭区
    ['140110', taiyuanUrban, 0], // 晋源区, the last
    ['140121', taiyuanUrban, 1], // 清徐县: Taiyuan, but not urban
    ['140181', taiyuanUrban, 1], // 古交市
    ['140202', taiyuanUrban, 1], // 大同
    ['14010', taiyuanUrban, 1], // a prefix is not a match
    [' 140105', taiyuanUrban, 1], // codes are compared exactly
    ['', taiyuanUrban, 1],
    ['  ', taiyuanUrban, 1],
    ['140105', [], 1], // no eligible area: nobody
    ['140202', ['140202'], 0], // another cycle, another area
  ])('district %j in %j → %i violations', (districtCode, eligibleDistrictCodes, count) => {
    const violations = checkSchoolEligibility({ districtCode, eligibleDistrictCodes });
    expect(violations).toHaveLength(count);
    for (const violation of violations) expect(violation.rule).toBe('R-SCOPE-3');
  });

  it('R-SCOPE-3 names the district, or asks for one', () => {
    expect(checkSchoolEligibility({ districtCode: '140121', eligibleDistrictCodes: taiyuanUrban })).toEqual([
      { rule: 'R-SCOPE-3', message: "district 140121 is not in the cycle's eligible area" },
    ]);
    expect(checkSchoolEligibility({ districtCode: ' ', eligibleDistrictCodes: taiyuanUrban })).toEqual([
      { rule: 'R-SCOPE-3', message: 'a school must name its district to take part' },
    ]);
  });
});

const disciplines = ['physics', 'mathematics', 'computer_science', 'chemistry', 'biology'];
const leader = { name: '李明', phone: '0351-1234567', title: '副校长' };
const contact = { name: '王芳', phone: '13812345678', title: null };
const teacher = { disciplineCode: 'physics', person: { name: '赵强', phone: '13900000000' } };
const team: GuidanceTeam = { leader, contact, teachers: [teacher] };

describe('R-ORG-2 checkGuidanceTeam: a school leader, one contact, guidance teachers of the cycle\'s disciplines', () => {
  it.each<[string, GuidanceTeam, string[]]>([
    ['a complete team', team, []],
    ['a team with a teacher of every discipline', { ...team, teachers: disciplines.map((code) => ({ ...teacher, disciplineCode: code })) }, []],
    ['the leader is also the contact', { ...team, contact: leader }, []],
    ['the leader has no phone: not required', { ...team, leader: { ...leader, phone: '' } }, []],
    ['a teacher has no phone: not required', { ...team, teachers: [{ ...teacher, person: { name: '赵强', phone: '' } }] }, []],
    ['names with surrounding spaces', { ...team, leader: { ...leader, name: ' 李明 ' }, teachers: [{ ...teacher, person: { name: '\t赵强 ', phone: '' } }] }, []],
    ['no leader', { ...team, leader: null }, ['the guidance team needs a leader who is a school leader']],
    ['a leader without a name', { ...team, leader: { ...leader, name: '' } }, ["the team leader's name is required"]],
    ['a leader with a blank name', { ...team, leader: { ...leader, name: '  ' } }, ["the team leader's name is required"]],
    ['a leader without a title', { ...team, leader: { ...leader, title: undefined } }, ["the team leader must be a school leader: record the leader's title (e.g. 校长, 副校长)"]],
    ['a leader with a null title', { ...team, leader: { ...leader, title: null } }, ["the team leader must be a school leader: record the leader's title (e.g. 校长, 副校长)"]],
    ['a leader with a blank title', { ...team, leader: { ...leader, title: ' \u3000' } }, ["the team leader must be a school leader: record the leader's title (e.g. 校长, 副校长)"]],
    ['a leader with neither', { ...team, leader: { name: '', phone: '', title: '' } }, ["the team leader's name is required", "the team leader must be a school leader: record the leader's title (e.g. 校长, 副校长)"]],
    ['no contact', { ...team, contact: null }, ['the guidance team needs one contact person for daily work']],
    ['a contact without a name', { ...team, contact: { ...contact, name: ' ' } }, ["the contact person's name is required"]],
    ['a contact without a phone', { ...team, contact: { ...contact, phone: '' } }, ["the contact person's phone number is required"]],
    ['a contact with a blank phone', { ...team, contact: { ...contact, phone: '\t' } }, ["the contact person's phone number is required"]],
    ['a contact with neither', { ...team, contact: { name: '', phone: '' } }, ["the contact person's name is required", "the contact person's phone number is required"]],
    ['no teacher', { ...team, teachers: [] }, ['the guidance team needs at least one guidance teacher']],
    ['a teacher without a name', { ...team, teachers: [{ ...teacher, person: { name: ' ', phone: '' } }] }, ['guidance teacher 1: a name is required']],
    ['a teacher of another discipline', { ...team, teachers: [{ ...teacher, disciplineCode: 'geography' }] }, ['guidance teacher 1 (赵强): discipline "geography" is not one of the cycle\'s disciplines']],
    ['a teacher with a blank discipline', { ...team, teachers: [{ ...teacher, disciplineCode: '' }] }, ['guidance teacher 1 (赵强): discipline "" is not one of the cycle\'s disciplines']],
    ['the second teacher wrong, by position', { ...team, teachers: [teacher, { disciplineCode: 'history', person: { name: '', phone: '' } }] }, ['guidance teacher 2: a name is required', 'guidance teacher 2: discipline "history" is not one of the cycle\'s disciplines']],
    ['nothing at all', { leader: null, contact: null, teachers: [] }, ['the guidance team needs a leader who is a school leader', 'the guidance team needs one contact person for daily work', 'the guidance team needs at least one guidance teacher']],
  ])('%s', (_, given, messages) => {
    expect(checkGuidanceTeam(given, disciplines)).toEqual(messages.map((message) => ({ rule: 'R-ORG-2', message })));
  });

  it.each([
    [['physics'], 0],
    [['chemistry'], 1],
    [[], 1],
    [['Physics'], 1], // codes are compared exactly
  ])('R-ORG-2 a physics teacher in a cycle of %j → %i violations', (codes, count) => {
    expect(checkGuidanceTeam(team, codes)).toHaveLength(count);
  });
});

describe('R-SCOPE-3 decideParticipation: the office decides a submitted application to take part', () => {
  it.each<[ParticipationStatus, boolean, string | undefined, ParticipationStatus | string]>([
    // from, approve, reason, to (or the violation)
    ['submitted', true, undefined, 'approved'],
    ['submitted', true, '', 'approved'],
    ['submitted', true, 'all in order', 'approved'],
    ['submitted', false, '不在城六区', 'rejected'],
    ['submitted', false, ' x ', 'rejected'],
    ['submitted', false, undefined, 'a rejected application to take part needs a reason'],
    ['submitted', false, '', 'a rejected application to take part needs a reason'],
    ['submitted', false, ' \n\t', 'a rejected application to take part needs a reason'],
    ['draft', true, undefined, 'only a submitted application to take part can be decided; it is still a draft: the school submits it first'],
    ['draft', false, 'no', 'only a submitted application to take part can be decided; it is still a draft: the school submits it first'],
    ['approved', true, undefined, 'only a submitted application to take part can be decided; it has already been approved'],
    ['approved', false, 'changed our mind', 'only a submitted application to take part can be decided; it has already been approved'],
    ['rejected', true, undefined, 'only a submitted application to take part can be decided; it has already been rejected'],
    ['rejected', false, 'again', 'only a submitted application to take part can be decided; it has already been rejected'],
  ])('%s, approve %s, reason %j → %s', (status, approve, reason, expected) => {
    const result = decideParticipation(status, { approve, reason });
    if ((PARTICIPATION_STATUSES as readonly string[]).includes(expected)) {
      expect(result).toEqual({ ok: true, value: expected });
    } else {
      expect(result).toEqual({ ok: false, error: { rule: 'R-SCOPE-3', message: expected } });
    }
  });

  it('R-SCOPE-3 a null reason is no reason', () => {
    expect(decideParticipation('submitted', { approve: false, reason: null }).ok).toBe(false);
    expect(decideParticipation('submitted', { approve: true, reason: null })).toEqual({ ok: true, value: 'approved' });
  });
});
