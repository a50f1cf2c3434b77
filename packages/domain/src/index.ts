export * from './result.js';
export { emailAddress, mainlandMobile, mobileDigits } from './contact.js';
export { hasControlCharacter, typedNumber } from './text.js';
