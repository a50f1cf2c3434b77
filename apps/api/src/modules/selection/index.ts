// The public face of selection/: what other features may import (ARCHITECTURE.md; lint holds them to it).
export { loadSelectionCycle } from './cut-off.service.js';
export { SelectionViolationType } from './cut-off.type.js';
export { DisciplineCutOff } from './discipline-cut-off.entity.js';
