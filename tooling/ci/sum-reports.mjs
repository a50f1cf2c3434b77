// Sums every Vitest JSON report below a folder into CI's last line.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2] ?? 'ci-reports';
const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.json') ? [path] : [];
  });

let passed = 0;
let failed = 0;
for (const file of safe(() => files(root), [])) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + countSuitesThatDidNotLoad(report);
}
console.log(`tests: ${passed} passed, ${failed} failed`);

/** A test file that failed to load has no failed test of its own: it counts once as a failure. */
function countSuitesThatDidNotLoad(report) {
  const failedFiles = (report.testResults ?? []).filter((suite) => suite.status === 'failed');
  return failedFiles.filter((suite) => !(suite.assertionResults ?? []).some((test) => test.status === 'failed')).length;
}

function safe(fn, fallback) {
  try {
    return fn();
  } catch {
    return fallback;
  }
}
