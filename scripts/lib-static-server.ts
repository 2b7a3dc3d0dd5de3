/**
 * A minimal static file server for a built site folder, used by the browser tests and the Lighthouse benchmark.
 * (Astro 7 allows one `astro preview` per project at a time, which parallel test runs cannot share.)
 * Serves `dir/index.html` for `/dir/`, redirects `/dir` to `/dir/`, answers 404 with the site's 404.html.
 * Text (HTML, CSS, JS, JSON, SVG…) goes out gzip-compressed to clients that accept it, as any real static host
 * does, so the Lighthouse benchmark measures the bytes a reader would actually download.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** Types worth compressing: all text, plus SVG and WebAssembly. Images and fonts are compressed already. */
const compressible = (type: string) =>
  /^(text\/|application\/(json|xml|javascript|wasm|x-bibtex|x-research))|svg/.test(type);

/** Gzip each file once per version (path, size, mtime); the tests serve the same files many times. */
const gzipped = new Map<string, { key: string; body: Buffer }>();
function gzipOf(file: string, body: Buffer): Buffer {
  const st = fs.statSync(file);
  const key = `${st.size}:${st.mtimeMs}`;
  const hit = gzipped.get(file);
  if (hit?.key === key) return hit.body;
  const gz = zlib.gzipSync(body);
  gzipped.set(file, { key, body: gz });
  return gz;
}

const acceptsGzip = (req: http.IncomingMessage) =>
  String(req.headers['accept-encoding'] ?? '')
    .split(',')
    .some((part) => {
      const [coding, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return (coding === 'gzip' || coding === '*') && (q === undefined || Number(q) > 0);
    });

/** The server's request handler (also served over HTTP/2 by the search browser benchmark). */
export function staticHandler(root: string): http.RequestListener {
  const base = path.resolve(root);
  return (req, res) => {
    let url: URL;
    let pathname: string;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
      // A malformed escape (`/%E0%A4%A`) is a bad request, not a crash of the whole server.
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end('Bad request');
      return;
    }
    let file = path.join(base, pathname);
    // Inside the served folder only: `/..%2fsibling/` decodes to a path beside it, which shares its name's prefix.
    if (pathname.includes('\0') || (file !== base && !file.startsWith(base + path.sep))) {
      res.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.lstatSync(file).isSymbolicLink()) {
      res.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      file = path.join(file, 'index.html');
    }
    if (!fs.existsSync(file)) {
      const notFound = path.join(base, '404.html');
      res.writeHead(404, { 'Content-Type': TYPES['.html']! });
      res.end(fs.existsSync(notFound) ? fs.readFileSync(notFound) : 'Not found');
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    let body: Buffer = fs.readFileSync(file);
    const headers: http.OutgoingHttpHeaders = { 'Content-Type': type, 'Cache-Control': 'no-cache' };
    if (compressible(type)) {
      headers['Vary'] = 'Accept-Encoding';
      if (acceptsGzip(req)) {
        body = gzipOf(file, body);
        headers['Content-Encoding'] = 'gzip';
      }
    }
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

export function serveStatic(root: string, port: number, host = '127.0.0.1'): Promise<http.Server> {
  const server = http.createServer(staticHandler(root));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
