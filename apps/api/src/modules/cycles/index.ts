// The public face of cycles/: what other features may import (ARCHITECTURE.md; lint holds them to it).
export { Cycle } from './cycle.entity.js';
export { copyCycleRows, copyRubricRows } from './cycle-copy.js';
export { cycleById, findCycle, loadCycle } from './cycle.service.js';
export { confineToProvinces } from './province-reach.js';
export { DisciplineType, UniversityType } from './cycle.type.js';
export type { CycleType } from './cycle.type.js';
export { Discipline } from './discipline.entity.js';
export { District } from './district.entity.js';
export { University } from './university.entity.js';
export { WindowExtension } from './window-extension.entity.js';
export { requireStepOpen } from './step-window.js';
export { extendedUntil } from './window-extension.service.js';
