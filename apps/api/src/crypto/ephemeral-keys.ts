import { newKeyFile, parseDataKeys } from './data-keys.js';
import type { DataKeys } from './field-cipher.js';

/** Keys that live as long as the process: for test databases and benchmarks, which are thrown away. */
export function ephemeralDataKeys(): DataKeys {
  return parseDataKeys(JSON.stringify(newKeyFile(new Date(0))), 'ephemeral keys');
}
