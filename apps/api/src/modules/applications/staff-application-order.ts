import type { QueryOrderMap } from '@mikro-orm/core';
import type { Application } from './application.entity.js';

export type ApplicationSort = { field: 'applicationNumber' | 'submittedAt' | 'grade' | 'discipline' | 'status'; direction: 'asc' | 'desc' };

const BY: Record<ApplicationSort['field'], (dir: 'asc' | 'desc') => QueryOrderMap<Application>> = {
  applicationNumber: (dir) => ({ applicationNumber: dir }),
  submittedAt: (dir) => ({ submittedAt: dir }),
  grade: (dir) => ({ grade: dir }),
  discipline: (dir) => ({ disciplineCode: dir }),
  status: (dir) => ({ status: dir }),
};

/** The order of a staff list: the column asked for, then the application number, so a page never shuffles. */
export function staffOrder(sort?: ApplicationSort | null): QueryOrderMap<Application>[] {
  const first = sort ? [BY[sort.field](sort.direction)] : [];
  return [...first, { applicationNumber: 'asc' }, { id: 'asc' }];
}
