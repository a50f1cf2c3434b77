export {
  AGE_OF_MAJORITY,
  ageOn,
  checkGuardianConsent,
  needsGuardianConsent,
  type GuardianConsent,
  type GuardianConsentInput,
} from './guardian-consent.js';
