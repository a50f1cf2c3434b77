import contentDisposition from 'content-disposition';

/**
 * RFC 6266 (the `content-disposition` package): a download, never shown in the page. Browsers take the
 * UTF-8 `filename*` (Chinese names); others the ASCII `filename`, made from the given fallback or the name
 * with anything unsafe replaced.
 */
export function attachmentDisposition(fileName: string, asciiFallback?: string): string {
  const ascii = (asciiFallback ?? fileName).replace(/[^\w.-]/g, '_');
  return contentDisposition(fileName, { type: 'attachment', fallback: ascii });
}
