import { LoadStrategy, type EntityManager } from '@mikro-orm/core';
import { can } from '@yingcai/domain/access';
import {
  hasOpened, overlapProblems, settingProblems, toProgrammeDate, windowProblems,
  CYCLE_CONTACT_FIELDS, CYCLE_CONTACT_MAX_LENGTH, type CycleContact, type CycleSettings, type SettingProblem, type WindowProblem,
} from '@yingcai/domain/cycle';
import { hasControlCharacter } from '@yingcai/domain';
import type { Context } from '../../graphql/context.js';
import { AppError } from '../../graphql/errors.js';
import { audit } from '../audit/index.js';
import { Cycle } from './cycle.entity.js';
import { copiedSchedule, copyCycleRows, copyRubricRows, SETTING_KEYS, settingsOf } from './cycle-copy.js';
import { cycleById, toCycleType } from './cycle.service.js';
import type { CycleType } from './cycle.type.js';

export interface CycleChange {
  cycleId: string;
  name: string;
  settings: CycleSettings;
  windows: { key: string; startsOn: string; endsOn: string }[];
  /** The contact for the public; null leaves it as it is. */
  contact: Partial<CycleContact> | null;
  /** Required once the cycle has opened; audited with the change. */
  reason: string | null;
}

function requireOffice(ctx: Context): void {
  if (!can(ctx.actor, 'cycle.manage', { kind: 'programme' }).allowed) throw new AppError('FORBIDDEN', 'only the office manages cycles');
}

async function loadWhole(em: EntityManager, cycleId: string): Promise<Cycle> {
  const cycle = await cycleById(em, cycleId);
  await em.populate(cycle, ['disciplines', 'districts', 'milestones', 'universities'], { strategy: LoadStrategy.SELECT_IN });
  return cycle;
}

/** The province's other cycles with their schedules, to keep one step from running in two cycles at once. */
async function otherSchedules(em: EntityManager, province: string, exceptId: number | null) {
  const cycles = await em.find(Cycle, { province, ...(exceptId === null ? {} : { id: { $ne: exceptId } }) }, { populate: ['milestones'] });
  return cycles.map((c) => ({ year: c.year, milestones: c.milestones.getItems() }));
}

function refuseWindows(problems: WindowProblem[]): void {
  const [first] = problems;
  if (!first) return;
  const message = problems.map((p) => (p.code === 'WINDOW_OVERLAPS' ? `${p.key} overlaps the ${p.otherYear} cycle's` : `${p.key}: ${p.code}`)).join('; ');
  throw new AppError('BAD_USER_INPUT', `the schedule does not hold: ${message}`, { reason: first.code, field: first.key, windowProblems: problems });
}

function refuseSettings(problems: SettingProblem[]): void {
  const [first] = problems;
  if (!first) return;
  const message = problems.map((p) => (p.code === 'WEIGHTS_NOT_ONE' ? `${p.rule}: the weights add up to 1` : `${p.rule}: ${p.setting} is between ${p.min} and ${p.max}`)).join('; ');
  throw new AppError('BAD_USER_INPUT', message, { reason: first.code, rules: problems.map((p) => p.rule), settingProblems: problems });
}

/** A new cycle of the same province: disciplines, universities, districts and numbers as they were, every window moved to the new year. */
export async function copyCycle(ctx: Context, fromCycleId: string, year: number): Promise<CycleType> {
  requireOffice(ctx);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new AppError('BAD_USER_INPUT', 'year is a year between 2000 and 2100', { field: 'year' });
  const created = await ctx.em.transactional(async (em) => {
    const source = await loadWhole(em, fromCycleId);
    if (await em.count(Cycle, { province: source.province, year })) {
      throw new AppError('CONFLICT', `${source.province} already has a ${year} cycle`, { reason: 'CYCLE_EXISTS', field: 'year' });
    }
    refuseWindows(overlapProblems(copiedSchedule(source, year), await otherSchedules(em, source.province, null)));
    const cycle = copyCycleRows(em, source, year);
    await em.flush();
    await copyRubricRows(em, source.id, cycle.id);
    audit(em, ctx, { action: 'cycle.copy', subjectType: 'cycle', subjectId: String(cycle.id), as: 'office_staff', reason: `由 ${source.year} 年周期（编号 ${source.id}）复制` });
    return cycle;
  });
  ctx.caches.cycles.clear();
  return toCycleType(await loadWhole(ctx.em.fork(), String(created.id)));
}


/** The contact as it will be stored: each part trimmed, a blank one cleared, a long or broken one refused. */
function cleanContact(contact: Partial<CycleContact>): CycleContact {
  const clean = (field: keyof CycleContact): string | null => {
    const text = contact[field]?.trim() ?? '';
    if (text.length > CYCLE_CONTACT_MAX_LENGTH) throw new AppError('BAD_USER_INPUT', `contact.${field} is at most ${CYCLE_CONTACT_MAX_LENGTH} characters`, { field: `contact.${field}`, reason: 'CONTACT_TOO_LONG' });
    if (hasControlCharacter(text)) throw new AppError('BAD_USER_INPUT', `contact.${field} holds a control character`, { field: `contact.${field}`, reason: 'CONTROL_CHARACTER' });
    return text || null;
  };
  return Object.fromEntries(CYCLE_CONTACT_FIELDS.map((field) => [field, clean(field)])) as unknown as CycleContact;
}

/** What changed, for the audit row: `interviewRatio 3→4; registration 2026-11-01..2026-11-30→2026-11-05..2026-11-30`. */
function describeChange(cycle: Cycle, change: CycleChange): string {
  const before = settingsOf(cycle);
  const settings = SETTING_KEYS.filter((k) => before[k] !== change.settings[k]).map((k) => `${k} ${before[k]}→${change.settings[k]}`);
  const windows = change.windows.flatMap((w) => {
    const m = cycle.milestones.getItems().find((x) => x.key === w.key)!;
    return m.startsOn === w.startsOn && m.endsOn === w.endsOn ? [] : [`${w.key} ${m.startsOn}..${m.endsOn}→${w.startsOn}..${w.endsOn}`];
  });
  const name = cycle.name === change.name ? [] : [`name→${change.name}`];
  const contact = change.contact && JSON.stringify(change.contact) !== JSON.stringify(cycle.contact) ? ['contact'] : [];
  return [...name, ...settings, ...windows, ...contact].join('; ');
}

/** The office edits a cycle's name, numbers and windows; once the cycle has opened, only with a reason, and audited. */
export async function updateCycle(ctx: Context, change: CycleChange): Promise<CycleType> {
  requireOffice(ctx);
  if (!change.name.trim()) throw new AppError('BAD_USER_INPUT', 'give the cycle a name', { field: 'name', reason: 'NAME_REQUIRED' });
  refuseSettings(settingProblems(change.settings));
  const contact = change.contact ? cleanContact(change.contact) : null;
  refuseWindows(windowProblems(change.windows));
  await ctx.em.transactional(async (em) => {
    const cycle = await loadWhole(em, change.cycleId);
    const unknown = change.windows.find((w) => !cycle.milestones.getItems().some((m) => m.key === w.key));
    if (unknown) throw new AppError('BAD_USER_INPUT', `the cycle has no step ${unknown.key}`, { field: unknown.key, reason: 'UNKNOWN_MILESTONE' });
    refuseWindows(overlapProblems(change.windows, await otherSchedules(em, cycle.province, cycle.id)));
    const reason = change.reason?.trim() || null;
    if (!reason && hasOpened(cycle.milestones.getItems(), toProgrammeDate(ctx.now))) {
      throw new AppError('BAD_USER_INPUT', 'the cycle has opened: give the reason for the change', { field: 'reason', reason: 'REASON_REQUIRED' });
    }
    const described = describeChange(cycle, { ...change, contact });
    if (!described) return;
    cycle.name = change.name.trim();
    if (contact) cycle.contact = contact;
    Object.assign(cycle, change.settings);
    for (const w of change.windows) Object.assign(cycle.milestones.getItems().find((m) => m.key === w.key)!, { startsOn: w.startsOn, endsOn: w.endsOn });
    audit(em, ctx, { action: 'cycle.update', subjectType: 'cycle', subjectId: String(cycle.id), as: 'office_staff', reason: (reason ? `${reason} — ${described}` : described).slice(0, 500) });
  });
  ctx.caches.cycles.clear();
  return toCycleType(await loadWhole(ctx.em.fork(), change.cycleId));
}
