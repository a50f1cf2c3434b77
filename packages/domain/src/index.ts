export * from './result.js';
export { emailAddress, mainlandMobile, mobileDigits } from './contact.js';
export { hasControlCharacter } from './text.js';
