// The public face of schools/: what other features may import (ARCHITECTURE.md; lint holds them to it).
export { School } from './school.entity.js';
