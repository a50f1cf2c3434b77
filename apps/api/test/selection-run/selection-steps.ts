import type { TestApi, TestBrowser } from '../test-api.js';
import { RECOMMEND_APPLICATION, REVIEW_APPLICATION, SCHOOL_APPLICATIONS, type StaffRow } from '../fixtures/school-review.js';
import { scoreCsv, uploadScores } from '../fixtures/selection.js';
import { AUTO_ASSIGN, CREATE_SLOT, INTERVIEW_SLOTS, INTERVIEWEES, MY_INTERVIEWS, RECORD, SET_PANEL, SUBMIT_SHEET, sheet, type SlotRow } from '../fixtures/interviews.js';

/** Fails the run on any GraphQL error, naming the step. */
export async function must<T>(step: string, browser: TestBrowser, query: string, variables?: Record<string, unknown>): Promise<T> {
  const { data, errors } = await browser.graphql<T>(query, variables);
  if (errors) throw new Error(`${step}: ${errors[0]!.message}`);
  return data!;
}

/** Every row of a paged staff list, 100 at a time. */
export async function allRows<R>(read: (page: { page: number; pageSize: number }) => Promise<{ total: number; rows: R[] }>): Promise<R[]> {
  const rows: R[] = [];
  for (let page = 1; ; page += 1) {
    const answer = await read({ page, pageSize: 100 });
    rows.push(...answer.rows);
    if (rows.length >= answer.total || answer.rows.length === 0) return rows;
  }
}

/** R-APP-4: the school recommends every submitted application, declining those `decline` picks with a note. */
export async function schoolDecides(coordinator: TestBrowser, decline: (row: StaffRow) => boolean): Promise<void> {
  const rows = await allRows(async (page) =>
    (await must<{ schoolApplications: { total: number; rows: StaffRow[] } }>('school list', coordinator, SCHOOL_APPLICATIONS, { filter: { status: 'SUBMITTED' }, page })).schoolApplications);
  for (const row of rows) {
    const no = decline(row);
    await must('recommend', coordinator, RECOMMEND_APPLICATION, { id: row.id, version: row.version, recommend: !no, note: no ? '年级排名证明缺失' : null });
  }
}

const QUEUE = /* GraphQL */ `query ($page: PageInput) { reviewQueue(year: 2026, page: $page) { total rows { id version applicationNumber flags { rule } } } }`;
const BULK = /* GraphQL */ `mutation ($items: [ConformantItem!]!) { reviewApplications(items: $items) { id status } }`;

/** R-SEL-1: the office finds those `reject` picks nonconformant with a reason, and approves the rest in bulk. */
export async function officeReviews(office: TestBrowser, reject: (row: StaffRow) => boolean): Promise<void> {
  const rows = await allRows(async (page) => (await must<{ reviewQueue: { total: number; rows: StaffRow[] } }>('queue', office, QUEUE, { page })).reviewQueue);
  for (const row of rows.filter(reject)) {
    await must('reject', office, REVIEW_APPLICATION, { id: row.id, version: row.version, conformant: false, reason: '推荐材料不完整' });
  }
  const approve = rows.filter((row) => !reject(row)).map((row) => ({ id: row.id, version: row.version }));
  for (let i = 0; i < approve.length; i += 100) await must('bulk approve', office, BULK, { items: approve.slice(i, i + 100) });
}

/** R-SEL-2: the national platform's scores as a CSV, a dry run, then the commit. */
export async function importScores(api: TestApi, office: TestBrowser, scores: readonly { applicationNumber: string; score: number }[]) {
  const file = scoreCsv(scores.map((s) => ['', s.applicationNumber, String(s.score)]));
  const dryRun = await uploadScores(api, office, file, { fileName: '测评成绩.csv' });
  const commit = await uploadScores(api, office, file, { fileName: '测评成绩.csv', dryRun: false });
  return { dryRun, commit };
}

const BOARD = /* GraphQL */ `query { cutOffBoard(year: 2026) { disciplines { disciplineCode version invited proposal { cutOff invited } } } }`;
const SET_CUT_OFF = /* GraphQL */ `mutation ($input: CutOffInput!) { setCutOff(year: 2026, input: $input) { disciplines { disciplineCode version } } }`;
const PUBLISH = /* GraphQL */ `mutation ($code: String!, $version: Int!) { publishInvitations(year: 2026, disciplineCode: $code, version: $version) { disciplines { disciplineCode invited } } }`;
interface BoardRow { disciplineCode: string; version: number | null; invited: number; proposal: { cutOff: number | null; invited: number } | null }

/** R-SEL-3/4: per discipline the planned admissions, the system's proposed cut-off, then publication. */
export async function setAndPublishCutOffs(office: TestBrowser, planned: number): Promise<Record<string, number>> {
  await must('plan', office, BOARD);
  const invited: Record<string, number> = {};
  const board = (await must<{ cutOffBoard: { disciplines: BoardRow[] } }>('board', office, BOARD)).cutOffBoard.disciplines;
  for (const row of board) {
    // The proposal needs the plan first: save the plan with no cut-off's worth of change, read the proposal, then set it.
    const first = await office.graphql<{ setCutOff: { disciplines: BoardRow[] } }>(SET_CUT_OFF, { input: { disciplineCode: row.disciplineCode, plannedAdmissions: planned, cutOff: 0 } });
    if (first.errors) throw new Error(`plan ${row.disciplineCode}: ${first.errors[0]!.message}`);
    const proposed = (await must<{ cutOffBoard: { disciplines: BoardRow[] } }>('board', office, BOARD)).cutOffBoard.disciplines.find((d) => d.disciplineCode === row.disciplineCode)!;
    const set = await must<{ setCutOff: { disciplines: BoardRow[] } }>('cut-off', office, SET_CUT_OFF, {
      input: { disciplineCode: row.disciplineCode, plannedAdmissions: planned, cutOff: proposed.proposal!.cutOff, version: proposed.version },
    });
    const version = set.setCutOff.disciplines.find((d) => d.disciplineCode === row.disciplineCode)!.version;
    const published = await must<{ publishInvitations: { disciplines: BoardRow[] } }>('publish', office, PUBLISH, { code: row.disciplineCode, version });
    invited[row.disciplineCode] = published.publishInvitations.disciplines.find((d) => d.disciplineCode === row.disciplineCode)!.invited;
  }
  return invited;
}

/** R-SEL-5: one slot per discipline big enough for all, a panel of the discipline's mentor and the office, everyone assigned. */
export async function arrangeInterviews(office: TestBrowser, panels: Record<string, string[]>): Promise<SlotRow[]> {
  const slots: SlotRow[] = [];
  for (const [disciplineCode, members] of Object.entries(panels)) {
    const created = await must<{ createInterviewSlot: SlotRow }>('slot', office, CREATE_SLOT, {
      disciplineCode, input: { startsAt: '2025-12-20T01:00:00.000Z', endsAt: '2025-12-20T09:00:00.000Z', place: '山西大学', onlineLink: null, capacity: 100 },
    });
    const panel = await must<{ setInterviewPanel: SlotRow }>('panel', office, SET_PANEL, { slotId: created.createInterviewSlot.id, version: created.createInterviewSlot.version, accountIds: members });
    await must('auto-assign', office, AUTO_ASSIGN, { disciplineCode });
    slots.push(panel.setInterviewPanel);
  }
  return (await must<{ interviewSlots: { rows: SlotRow[] } }>('slots', office, INTERVIEW_SLOTS, {})).interviewSlots.rows.filter((s) => slots.some((t) => t.id === s.id));
}

interface Mine { assignmentId: string; applicationNumber: string }

/** Each member scores every interviewee of their panels, points from `points(applicationNumber)`. */
export async function scoreInterviews(member: TestBrowser, points: (applicationNumber: string) => [number, number, number]): Promise<void> {
  const mine = await allRows(async (page) => (await must<{ myInterviews: { total: number; rows: Mine[] } }>('mine', member, MY_INTERVIEWS.replace('myInterviews(year: 2026)', 'myInterviews(year: 2026, page: $page)').replace('query {', 'query ($page: PageInput) {'), { page })).myInterviews);
  for (const row of mine) await must('sheet', member, SUBMIT_SHEET, { assignmentId: row.assignmentId, input: sheet(...points(row.applicationNumber)) });
}

interface Interviewee { applicationId: string; version: number }

/** The office records every interview of the slots (R-SEL-5: the mean of the members who scored). */
export async function recordInterviews(office: TestBrowser, slots: readonly SlotRow[]): Promise<number> {
  let recorded = 0;
  for (const slot of slots) {
    const rows = await allRows(async (page) =>
      (await must<{ interviewees: { total: number; rows: Interviewee[] } }>('interviewees', office, INTERVIEWEES.replace('interviewees(slotId: $slotId)', 'interviewees(slotId: $slotId, page: $page)').replace('query ($slotId: ID!)', 'query ($slotId: ID!, $page: PageInput)'), { slotId: slot.id, page })).interviewees);
    for (const row of rows) await must('record', office, RECORD, { applicationId: row.applicationId, version: row.version });
    recorded += rows.length;
  }
  return recorded;
}
