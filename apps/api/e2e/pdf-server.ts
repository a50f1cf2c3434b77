import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';

export interface PdfServer {
  url: string;
  /** Serves these bytes at /{name}.pdf. */
  put(name: string, pdf: Buffer): void;
  close(): Promise<void>;
}

const require = createRequire(import.meta.url);
/** The page loads pdf.js as a module and hands it to the test's page.evaluate calls. */
const PAGE = `<!doctype html><meta charset="utf-8"><title>pdf</title>
<script type="module">
  import * as pdfjs from '/pdf.mjs';
  pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.mjs';
  window.pdfjsLib = pdfjs;
</script>`;

const PDFJS = {
  '/pdf.mjs': require.resolve('pdfjs-dist/build/pdf.mjs'),
  '/pdf.worker.mjs': require.resolve('pdfjs-dist/build/pdf.worker.mjs'),
};

/** pdf.js and the PDFs under test on loopback, so Chromium renders them as a reader would, offline. */
export async function startPdfServer(): Promise<PdfServer> {
  const pdfs = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    const script = PDFJS[path as keyof typeof PDFJS];
    if (script) return void response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(script));
    const pdf = pdfs.get(path);
    if (pdf) return void response.writeHead(200, { 'content-type': 'application/pdf' }).end(pdf);
    if (path === '/') return void response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    response.writeHead(404).end();
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    put: (name, pdf) => void pdfs.set(`/${name}.pdf`, pdf),
    close: () => new Promise((closed) => server.close(() => closed())),
  };
}
