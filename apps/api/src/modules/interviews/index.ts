// The public face of interviews/: what other features may import (ARCHITECTURE.md; lint holds them to it).
export { InterviewAssignment } from './interview-assignment.entity.js';
export { ScoreSheet } from './score-sheet.entity.js';
