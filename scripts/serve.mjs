/**
 * A small, dependency-free static file server for the static export in out/.
 *
 *   node scripts/serve.mjs [--dir out] [--port 3000] [--host 127.0.0.1]
 *                          [--base-path /sub] [--header 'Name: value']...
 *
 * `next start` refuses to serve `output: 'export'`, so this serves out/ the way a
 * static host would: `.wasm` as application/wasm, `/x/` → x/index.html,
 * `/x` → x.html or x/index.html, 404.html for misses, nothing outside the root.
 * `startServer()` starts it in-process for tests and the benchmark.
 */
import { Buffer } from 'node:buffer';
import { createReadStream, realpathSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Content types by file extension; anything else is application/octet-stream. */
export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** Turns `--base-path sub/` or `/sub/` into `/sub`; '' and '/' mean no base path. */
function normalizeBasePath(basePath) {
  const trimmed = (basePath ?? '').trim().replace(/\/+$/, '');
  if (trimmed === '') return '';
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/** Parses `Name: value` into [name, value]; throws on anything else. */
export function parseHeader(line) {
  const colon = line.indexOf(':');
  const name = colon > 0 ? line.slice(0, colon).trim() : '';
  if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
    throw new Error(`Bad --header ${JSON.stringify(line)}: expected 'Name: value'.`);
  }
  return [name, line.slice(colon + 1).trim()];
}

function isInside(root, candidate) {
  return candidate === root || candidate.startsWith(root.endsWith(sep) ? root : root + sep);
}

/** Returns the file's stats if `path` is a regular file inside `root` (after symlinks), else undefined. */
async function fileInside(root, path) {
  if (!isInside(root, path)) return undefined;
  try {
    const info = await stat(path);
    if (!info.isFile()) return undefined;
    if (!isInside(root, await realpath(path))) return undefined;
    return info;
  } catch {
    return undefined;
  }
}

/** Maps a decoded URL path (relative to the base path) to a file in root, as a static host does. */
async function findFile(root, urlPath) {
  const target = resolve(root, `.${urlPath}`);
  if (!isInside(root, target)) return { forbidden: true };
  const candidates = urlPath.endsWith('/')
    ? [join(target, 'index.html')]
    : [target, `${target}.html`, join(target, 'index.html')];
  for (const path of candidates) {
    const info = await fileInside(root, path);
    if (info) return { path, info };
  }
  return {};
}

/**
 * Starts the server and resolves once it listens.
 * @param {{ dir?: string, port?: number, host?: string, basePath?: string,
 *           headers?: Record<string, string> | Array<[string, string]> }} [options]
 *   `dir` defaults to the repository's out/; `port` 0 picks a free port.
 * @returns {Promise<{ url: string, port: number, root: string, close: () => Promise<void> }>}
 *   `url` ends with the base path and a slash, e.g. http://127.0.0.1:3000/sub/.
 */
export async function startServer({ dir, port = 3000, host = '127.0.0.1', basePath = '', headers = {} } = {}) {
  const root = realpathSync(resolve(dir ?? join(repoRoot, 'out')));
  const base = normalizeBasePath(basePath);
  const extraHeaders = Array.isArray(headers) ? headers : Object.entries(headers);
  const notFoundInfo = await fileInside(root, join(root, '404.html'));

  function send(response, status, contentType, body, method) {
    response.writeHead(status, { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(body) });
    response.end(method === 'HEAD' ? undefined : body);
  }

  function sendFile(request, response, status, path, info) {
    const contentType = MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
    const isHashed = request.url?.includes('/_next/static/') ?? false;
    response.writeHead(status, {
      'Content-Type': contentType,
      'Content-Length': info.size,
      'Cache-Control': isHashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      'Last-Modified': info.mtime.toUTCString(),
      'X-Content-Type-Options': 'nosniff',
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    const stream = createReadStream(path);
    stream.on('error', () => response.destroy());
    stream.pipe(response);
  }

  function sendNotFound(request, response) {
    if (notFoundInfo) sendFile(request, response, 404, join(root, '404.html'), notFoundInfo);
    else send(response, 404, 'text/plain; charset=utf-8', 'Not found\n', request.method);
  }

  async function handle(request, response) {
    for (const [name, value] of extraHeaders) response.setHeader(name, value);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed\n', request.method);
      return;
    }
    const rawPath = (request.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
    let urlPath;
    try {
      urlPath = decodeURIComponent(rawPath);
    } catch {
      send(response, 400, 'text/plain; charset=utf-8', 'Bad request\n', request.method);
      return;
    }
    if (!urlPath.startsWith('/') || urlPath.includes('\0') || urlPath.includes('\\')) {
      send(response, 400, 'text/plain; charset=utf-8', 'Bad request\n', request.method);
      return;
    }
    if (base) {
      if (urlPath === '/' || urlPath === base) {
        response.writeHead(302, { Location: `${base}/` });
        response.end();
        return;
      }
      if (!urlPath.startsWith(`${base}/`)) {
        sendNotFound(request, response);
        return;
      }
      urlPath = urlPath.slice(base.length);
    }
    const found = await findFile(root, urlPath);
    if (found.forbidden) {
      send(response, 403, 'text/plain; charset=utf-8', 'Forbidden\n', request.method);
    } else if (found.path && found.info) {
      sendFile(request, response, 200, found.path, found.info);
    } else {
      sendNotFound(request, response);
    }
  }

  const server = createServer({ maxHeaderSize: 4 * 1024 * 1024 }, (request, response) => {
    handle(request, response).catch((error) => {
      console.error(`serve: ${request.method} ${request.url} failed: ${error?.message ?? error}`);
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error\n', request.method);
      else response.destroy();
    });
  });

  await new Promise((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(port, host, () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });

  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${actualPort}${base}/`,
    port: actualPort,
    root,
    close: () =>
      new Promise((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}

const USAGE = `Usage: node scripts/serve.mjs [--dir out] [--port 3000] [--host 127.0.0.1] [--base-path /sub] [--header 'Name: value']...`;

function parseArgs(argv) {
  const options = { dir: undefined, port: process.env.PORT ?? '3000', host: '127.0.0.1', basePath: '', headers: [] };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    const [flag, inlineValue] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    const takesValue = ['--dir', '--port', '--host', '--base-path', '--header'].includes(flag);
    if (!takesValue) throw new Error(`Unknown argument ${JSON.stringify(arg)}. ${USAGE}`);
    const value = inlineValue ?? argv[++index];
    if (value === undefined) throw new Error(`${flag} needs a value. ${USAGE}`);
    if (flag === '--dir') options.dir = resolve(value);
    else if (flag === '--port') options.port = value;
    else if (flag === '--host') options.host = value;
    else if (flag === '--base-path') options.basePath = value;
    else options.headers.push(parseHeader(value));
  }
  const port = /^\d+$/.test(options.port) ? Number(options.port) : NaN;
  if (!(port >= 0 && port <= 65535)) {
    throw new Error(`Bad port ${JSON.stringify(options.port)}: give --port or PORT a number from 0 to 65535.`);
  }
  return { ...options, port };
}

async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`serve: ${error.message}`);
    process.exit(2);
  }
  const dir = options.dir ?? join(repoRoot, 'out');
  const relativeDir = relative(process.cwd(), dir);
  const shownDir = `${relativeDir === '' ? '.' : relativeDir.startsWith('..') ? dir : relativeDir}/`;
  let server;
  try {
    server = await startServer({ ...options, dir });
  } catch (error) {
    if (error?.code === 'ENOENT') {
      console.error(`serve: ${shownDir} does not exist${options.dir ? '.' : ': run npm run build first.'}`);
    }
    else if (error?.code === 'EADDRINUSE') console.error(`serve: port ${options.port} is already in use: pass another with --port.`);
    else console.error(`serve: ${error?.message ?? error}`);
    process.exit(1);
  }
  console.log(`Serving ${shownDir} at ${server.url}`);
  const stop = () => {
    server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const isEntryPoint = (() => {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
})();

if (isEntryPoint) await main();
