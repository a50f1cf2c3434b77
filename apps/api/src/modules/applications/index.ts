// The public face of applications/: what other features may import (ARCHITECTURE.md; lint holds them to it).
export { requireApplicant } from './application-access.js';
export { ApplicationStatusValue } from './application-fields.type.js';
export { notifyApplicant, sendApplicantNotice } from './application-notices.js';
export { Application } from './application.entity.js';
export { ApplicationType } from './application.type.js';
export { ownView } from './applications.resolver.js';
export { findOwnApplication } from './draft.service.js';
export { decisionConflict } from './staff-application-scope.js';
export { staffViews } from './staff-application-views.js';
export { rowOf, staffPage, type ApplicationRow } from './staff-rows.js';
export { StaffApplicationPageType } from './staff-application.type.js';
