export * from './result.js';
export { hasControlCharacter } from './text.js';
