export { assignmentViolation, proposeMentors, type MentorPlaces, type MentorProposal, type StudentChoices } from './mentor-assignment.js';
