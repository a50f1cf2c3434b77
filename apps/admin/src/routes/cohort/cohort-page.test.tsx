import { fireEvent, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { AdminAssignMentorDocument, AdminCohortDocument, AdminProposeMentorAssignmentsDocument, type AdminCohortFragment } from '@yingcai/schema';
import { describe, expect, it } from 'vitest';
import { choose } from '../../test/choose-option';
import { cycleListMock, cycleSettingsMock } from '../../test/fixtures/cycle';
import { anOfficeStaffMember } from '../../test/fixtures/session';
import { renderInConsole } from '../../test/render-in-console';
import { CohortPage } from './cohort-page';

const CYCLE_ID = '2';
const choices = [{ __typename: 'CohortChoice', mentorId: 'chen', rank: 1, mentorName: '陈物理' }, { __typename: 'CohortChoice', mentorId: 'li', rank: 2, mentorName: '李物理' }];
const student = (id: string, name: string, mentorId: string | null = null, mentorName: string | null = null) => ({
  __typename: 'CohortStudent', id, version: 1, applicationNumber: `SX2026-0000${id}`, name, schoolName: '太原五中', consentWithdrawn: false, disciplineCode: 'physics', mentorId, mentorName, choices,
});
const mentors = (chenTaken: number, liTaken: number) => [
  { __typename: 'CohortMentor', mentorId: 'chen', name: '陈物理', disciplineCode: 'physics', capacity: 1, taken: chenTaken },
  { __typename: 'CohortMentor', mentorId: 'li', name: '李物理', disciplineCode: 'physics', capacity: 3, taken: liTaken },
];
const cohort = (students: ReturnType<typeof student>[], taken: [number, number]): AdminCohortFragment & { __typename: string } =>
  ({ __typename: 'Cohort', unassigned: students.filter((s) => !s.mentorId).length, students, mentors: mentors(...taken) }) as never;
const before = cohort([student('1', '张一'), student('2', '李二')], [0, 0]);
const after = cohort([student('1', '张一', 'chen', '陈物理'), student('2', '李二', 'li', '李物理')], [1, 1]);
const read = (answer: object) => ({ request: { query: AdminCohortDocument, variables: { cycleId: CYCLE_ID } }, result: { data: { cohort: answer } } });
const render = (...mocks: object[]) => renderInConsole(<CohortPage />, [cycleListMock([2025, 2026]), cycleSettingsMock(), ...mocks] as never, '/', anOfficeStaffMember());

describe('学员与导师 (issue 11, R-APP-3)', () => {
  it('lists each student with the mentors they ranked, and the button says how many wait', async () => {
    render(read(before));
    const row = (await screen.findByText('张一')).closest('tr') as HTMLElement;
    expect(within(row).getByText('1. 陈物理；2. 李物理')).toBeTruthy();
    expect(within(row).getByText('物理学')).toBeTruthy();
    expect(screen.getByRole('button', { name: '按志愿分配导师（未分配 2 人）' })).toBeTruthy();
    expect(screen.queryByText(/监护人已撤回同意/)).toBeNull();
  });

  it('R-CONSENT-1 (issue 23) marks a student whose guardian withdrew the consent', async () => {
    render(read(cohort([student('1', '张一'), { ...student('2', '李二'), consentWithdrawn: true }], [0, 0])));
    const row = (await screen.findByText('李二')).closest('tr') as HTMLElement;
    expect(within(row).getByText('监护人已撤回同意（R-CONSENT-1）：须停止处理')).toBeTruthy();
  });

  it('assigns by choices and says who is left', async () => {
    const propose = { request: { query: AdminProposeMentorAssignmentsDocument, variables: { cycleId: CYCLE_ID } }, result: { data: { proposeMentorAssignments: after } } };
    render(read(before), propose, read(after));
    fireEvent.click(await screen.findByRole('button', { name: '按志愿分配导师（未分配 2 人）' }));
    expect(await screen.findByText('已按志愿分配；尚有 0 人未分配导师（其志愿导师名额已满），请逐一指定。')).toBeTruthy();
    expect((await screen.findByText('按志愿分配导师（未分配 0 人）')).closest('button')?.disabled).toBe(true);
  });

  it('a refusal by the API is said with its rule, in Chinese', async () => {
    const refused = {
      request: { query: AdminAssignMentorDocument, variables: { studentId: '2', version: 1, mentorId: 'li' } },
      result: { errors: [new GraphQLError('full', { extensions: { code: 'RULE_VIOLATION', rules: ['R-APP-3'] } })] },
    };
    render(read(before), refused);
    await screen.findByText('李二');
    await choose(screen.getByRole('combobox', { name: '李二的导师' }), '李物理（0/3）');
    expect(await screen.findByText('R-APP-3：该导师不属于学员的学科、未获本周期批准，或名额已满，未能指定。')).toBeTruthy();
  });

  it('says when the cycle has no students yet', async () => {
    render(read(cohort([], [0, 0])));
    expect(await screen.findByText('本周期还没有学员：录取的学生确认录取后即成为学员。')).toBeTruthy();
  });
});
