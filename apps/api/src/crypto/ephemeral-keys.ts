import { newKeyFile, toDataKeys } from './data-keys.js';
import type { DataKeys } from './field-cipher.js';

/** Keys that live as long as the process: for test databases and benchmarks, which are thrown away. */
export const ephemeralDataKeys = (): DataKeys => toDataKeys(newKeyFile(new Date(0)));
