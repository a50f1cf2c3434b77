import { ephemeralDataKeys } from '../src/crypto/ephemeral-keys.js';
import { useDataKeys } from '../src/crypto/field-keys.js';

// Issue 22: every test file's databases are written under keys of its own, made in memory.
useDataKeys(ephemeralDataKeys());
