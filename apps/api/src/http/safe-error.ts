/**
 * Issue 10: what a log line may say about an error. A driver's message carries the statement with
 * the values in it (a name, an ID number); the log keeps the statement's shape, the error's kind and
 * code, and the stack frames, never a value.
 */
export function safeError(error: unknown): { type: string; message: string; stack: string; [key: string]: unknown } {
  if (!(error instanceof Error)) return { type: typeof error, message: '', stack: '' };
  const { code, sqlState } = error as { code?: unknown; sqlState?: unknown };
  return {
    type: error.name,
    ...(code === undefined ? {} : { code }),
    ...(sqlState === undefined ? {} : { sqlState }),
    message: shapeOf(error.message),
    stack: (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)).join('\n'),
  };
}

/** The text with every literal (quoted, a number, the value of `(column)=(value)`) as `?`; identifiers stay. */
export function shapeOf(message: string): string {
  return message
    .replace(/'(?:[^']|'')*'/g, '?')
    .replace(/"(?:[^"\\]|\\.)*"/g, (quoted) => (/^"[a-z_][a-z0-9_]*"$/.test(quoted) ? quoted : '?'))
    .replace(/\)=\([^)]*\)/g, ')=(?)')
    .replace(/\b\d+(\.\d+)?\b/g, '?');
}
