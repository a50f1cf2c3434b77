/**
 * Issue 10: every test API logs at info into memory, and on close its lines are scanned for what a
 * person's data looks like, so a log line holding a phone number, an ID number or an e-mail address
 * fails the test file that caused it, whichever file that is.
 */
const PERSONAL = [
  { what: 'a mobile number', pattern: /(?<![0-9a-f-])1[3-9]\d{9}(?![0-9a-f])/i },
  { what: 'an ID number', pattern: /(?<![0-9a-z])\d{17}[\dX](?![0-9a-z])/i },
  { what: 'an e-mail address', pattern: /[\w.+-]+@[\w-]+\.[\w.-]+/ },
  // Issue 23: a one-time code as notices spell it.
  { what: 'a one-time code', pattern: /验证码\s*\d{4,8}/ },
];

export interface LogCapture {
  stream: { write(line: string): void };
  /** What was logged so far, a JSON line each. */
  lines(): readonly string[];
  /** Throws naming the first line with a personal value (shown masked). */
  assertNoPersonalData(): void;
}

export function captureLogs(): LogCapture {
  const lines: string[] = [];
  return {
    stream: { write: (line) => void lines.push(line) },
    lines: () => lines,
    assertNoPersonalData() {
      for (const line of lines) {
        const found = PERSONAL.find(({ pattern }) => pattern.test(line));
        if (found) throw new Error(`a log line holds ${found.what}: ${line.replace(found.pattern, '<here>').slice(0, 500)}`);
      }
    },
  };
}
