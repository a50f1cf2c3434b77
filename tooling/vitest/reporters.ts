import { fileURLToPath } from 'node:url';

const reportsDir = fileURLToPath(new URL('../../reports/', import.meta.url));

/** Console output plus a JSON report per suite in reports/, which .ci/run sums into its last line. */
export function reporters(suite: string): ['default', ['json', { outputFile: string }]] {
  return ['default', ['json', { outputFile: `${reportsDir}${suite}.json` }]];
}
