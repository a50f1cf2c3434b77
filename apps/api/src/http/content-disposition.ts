/** RFC 5987: every byte outside the unreserved set is percent-encoded, quotes and parentheses included. */
const encodeRfc5987 = (value: string): string =>
  encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * RFC 6266: a download, never shown in the page. Browsers take the UTF-8 `filename*` (Chinese names);
 * others the ASCII `filename`, made from the given fallback or the name with anything unsafe replaced.
 */
export function attachmentDisposition(fileName: string, asciiFallback?: string): string {
  const ascii = (asciiFallback ?? fileName).replace(/[^\w.-]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}
