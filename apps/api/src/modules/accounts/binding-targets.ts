import type { EntityManager } from '@mikro-orm/core';
import { Cycle, University } from '../cycles/index.js';
import { Mentor } from '../mentors/index.js';
import { School } from '../schools/index.js';
import type { BindingTargetType, ScopeKindValue } from './binding-target.type.js';

export async function listBindingTargets(em: EntityManager, kind: ScopeKindValue): Promise<BindingTargetType[]> {
  if (kind === 'school') return (await em.find(School, {}, { orderBy: { name: 'asc' } })).map(({ id, name }) => ({ id, name }));
  if (kind === 'mentor') return (await em.find(Mentor, {}, { orderBy: { name: 'asc' } })).map(({ id, name }) => ({ id, name }));
  if (kind === 'province') return (await provinces(em)).map((name) => ({ id: name, name }));
  return (await em.find(University, {}, { orderBy: { id: 'asc' } })).map(({ id, name }) => ({ id: String(id), name }));
}

/** The provinces that run a cycle: an office account is bound to one of them (its name is its id). */
export async function provinces(em: EntityManager): Promise<string[]> {
  const cycles = await em.find(Cycle, {}, { fields: ['province'], orderBy: { province: 'asc' }, filters: false });
  return [...new Set(cycles.map((cycle) => cycle.province))];
}
