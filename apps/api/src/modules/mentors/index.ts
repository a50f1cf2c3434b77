// The public face of mentors/: what other features may import (ARCHITECTURE.md; lint holds them to it).
export { formatChineseDate } from './chinese-date.js';
export { MentorAppointment } from './mentor-appointment.entity.js';
export { Mentor } from './mentor.entity.js';
