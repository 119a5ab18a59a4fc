/**
 * A plain static file server for the deployment tests: it serves one folder under one URL prefix,
 * as any intranet web server would (no Vite, no fallback to index.html, no rewriting), answers 404
 * for everything else, and records every request so a test can see what the page asked for.
 * `await serveStatic({ root: 'dist', prefix: '/some/deep/path/' })` →
 * `{ url: 'http://127.0.0.1:40123/some/deep/path/', requests: [...], close() }`.
 * The benchmark's server (bench/serve.ts) finds files and their types with the same helpers.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The content type to send for a file, by its extension.
 * `contentType('dist/index.html')` → `text/html; charset=utf-8`; unknown → `application/octet-stream`.
 */
export function contentType(file: string): string {
  return TYPES[extname(file)] ?? 'application/octet-stream';
}

/**
 * The file a URL path names inside `root` (a folder's index.html for a folder), or null when it is
 * outside `root` or missing. `fileIn('/srv/dist', '/assets/app.js')` → `/srv/dist/assets/app.js`;
 * `fileIn('/srv/dist', '/../secret')` → null.
 */
export function fileIn(root: string, path: string): string | null {
  const base = resolve(root);
  let file = resolve(join(base, path));
  if (file !== base && !file.startsWith(base + sep)) return null;
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

export interface ServedRequest {
  method: string;
  /** The path and query, as the browser sent it. */
  url: string;
  status: number;
}

export interface StaticServer {
  url: string;
  origin: string;
  requests: ServedRequest[];
  close(): Promise<void>;
}

/** Serve `root` under `prefix` (which starts and ends with '/') on `host`, on a free port. */
export function serveStatic(opts: {
  root: string;
  prefix?: string;
  host?: string;
}): Promise<StaticServer> {
  const prefix = opts.prefix ?? '/';
  const host = opts.host ?? '127.0.0.1';
  const requests: ServedRequest[] = [];

  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const answer = (status: number, headers: Record<string, string> = {}) => {
      requests.push({ method: req.method ?? 'GET', url, status });
      res.writeHead(status, headers);
    };
    let path: string;
    try {
      path = decodeURIComponent(new URL(url, 'http://x').pathname);
    } catch {
      answer(400);
      return res.end();
    }
    if (!path.startsWith(prefix) || (req.method !== 'GET' && req.method !== 'HEAD')) {
      answer(404);
      return res.end();
    }
    const file = fileIn(opts.root, path.slice(prefix.length));
    if (!file) {
      answer(404);
      return res.end();
    }
    answer(200, {
      'content-type': contentType(file),
      'content-length': String(statSync(file).size),
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  });

  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, host, () => {
      const { port } = server.address() as AddressInfo;
      const origin = `http://${host}:${port}`;
      done({
        url: `${origin}${prefix}`,
        origin,
        requests,
        close: () =>
          new Promise<void>((closed) => {
            server.closeAllConnections();
            server.close(() => closed());
          }),
      });
    });
  });
}

/** A TCP port free on 127.0.0.1 right now (for servers started as child processes). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createNetServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
  });
}
