import { Cycle } from '../modules/cycles/cycle.entity.js';
import { Discipline } from '../modules/cycles/discipline.entity.js';
import { District } from '../modules/cycles/district.entity.js';
import { Milestone } from '../modules/cycles/milestone.entity.js';
import { University } from '../modules/cycles/university.entity.js';

/** Every entity, listed once: discovery by folder scanning breaks between src/ (tests) and dist/. */
export const entities = [Cycle, Discipline, District, Milestone, University];
