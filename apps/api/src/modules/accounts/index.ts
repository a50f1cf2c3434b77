// The public face of accounts/: what other features may import (ARCHITECTURE.md; lint holds them to it).
export { Account } from './account.entity.js';
export { rateLimited } from './accounts.errors.js';
export { maskContact } from './codes.js';
export { findByContact } from './auth.service.js';
export { emailWhere, parseContact } from './contact.js';
export { GuardianConsent } from './guardian-consent.entity.js';
export { RoleGrant } from './role-grant.entity.js';
export { sendInvitation } from './staff.service.js';
export { purgeExpiredSessionsAndCodes } from './purge.js';
