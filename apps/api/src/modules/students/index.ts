// The public face of students/: what other features may import (ARCHITECTURE.md; lint holds them to it).
export { enrolStudent } from './enrolment.js';
export { Student } from './student.entity.js';
