// A tiny static server for development and the browser tests. Two modes:
//  - site: the built playground (build/site/, from scripts/serve or the browser tests);
//  - raw (default for startServer): web/ at / and the built engine (build/wasm/glasspy.js,
//    glasspy.wasm) beside it and at build/wasm/, js/ at js/ — the token page's layout.
// Sends the COOP/COEP headers (cross-origin isolation) unless told not to, and compresses:
// a precompressed NAME.br / NAME.gz beside the file (web/precompress.mjs, run by
// scripts/build-site) when the browser accepts it, else gzip on the fly for text and wasm.
// Node only.
//   node web/dev-server.mjs [--site] [--no-isolation]   (PORT from the environment, default
//   8000; 0 = any free)
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';

const webRoot = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.dirname(webRoot);
const wasmBuildDir = path.join(repoRoot, 'build', 'wasm');
export const siteDir = path.join(repoRoot, 'build', 'site');

// Files served from the wasm build instead of web/ (nothing else there is public).
const builtFiles = new Set(['glasspy.js', 'glasspy.wasm']);

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm', // required by WebAssembly.compileStreaming
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.py': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.mts': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

// Types worth compressing on the fly when no precompressed copy exists.
const compressibleTypes = /^(text\/|application\/(json|wasm)|image\/svg)/;

const baseHeaders = {
  'Cache-Control': 'no-cache', // always revalidate: files change with every build
  'X-Content-Type-Options': 'nosniff',
};
// Cross-origin isolation, so SharedArrayBuffer (blocking input() in a worker) is available.
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

// Maps a URL path to a file of the built site, or null if it is outside it.
function resolveSiteFile(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = path.join(siteDir, path.posix.normalize(decoded).replace(/^\/+/, ''));
  return file === siteDir || file.startsWith(siteDir + path.sep) ? file : null;
}

// Maps a URL path to a file, or null if it is outside the served folders.
function resolveFile(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = path.posix.normalize(decoded).replace(/^\/+/, '');
  if (relative.startsWith('..')) return null;
  if (builtFiles.has(relative)) return path.join(wasmBuildDir, relative);
  // The JavaScript package and the build at their repository paths, where js/glasspy.mjs
  // looks for the engine by default (../build/wasm/).
  if (relative.startsWith('build/wasm/') && builtFiles.has(relative.slice('build/wasm/'.length))) {
    return path.join(wasmBuildDir, relative.slice('build/wasm/'.length));
  }
  if (relative.startsWith('js/')) return path.join(repoRoot, relative);
  const file = path.join(webRoot, relative);
  return file === webRoot || file.startsWith(webRoot + path.sep) ? file : null;
}

async function findFile(urlPath, site) {
  const file = site ? resolveSiteFile(urlPath) : resolveFile(urlPath);
  if (!file) return null;
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      const index = path.join(file, 'index.html');
      info = await stat(index);
      return { file: index, info };
    }
    return info.isFile() ? { file, info } : null;
  } catch {
    return null;
  }
}

async function handle(request, response, { site, isolate }) {
  const commonHeaders = isolate ? { ...baseHeaders, ...isolationHeaders } : baseHeaders;
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { ...commonHeaders, Allow: 'GET, HEAD' }).end();
    return;
  }
  const urlPath = new URL(request.url, 'http://localhost').pathname;
  const found = await findFile(urlPath, site);
  if (!found) {
    const name = urlPath.replace(/^\//, '');
    const hint = builtFiles.has(name) ? ' (not built yet: run scripts/build-wasm)' : '';
    response.writeHead(404, { ...commonHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
    response.end(`404 Not Found: ${urlPath}${hint}\n`);
    return;
  }
  const { file, info } = found;
  const type = contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  const encoding = await pickEncoding(file, type, request.headers['accept-encoding'] ?? '');
  const tag = `${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}`;
  const etag = encoding ? `"${tag}-${encoding.name}"` : `"${tag}"`;
  const headers = { ...commonHeaders, 'Content-Type': type, ETag: etag };
  if (compressibleTypes.test(type)) headers.Vary = 'Accept-Encoding';
  // The site's assets/ files are named after their content hash: they never change.
  if (site && urlPath.startsWith('/assets/')) headers['Cache-Control'] = 'public, max-age=31536000, immutable';
  if (request.headers['if-none-match'] === etag) {
    response.writeHead(304, headers).end();
    return;
  }
  if (encoding) headers['Content-Encoding'] = encoding.name;
  if (encoding?.file) headers['Content-Length'] = encoding.size;
  else if (!encoding) headers['Content-Length'] = info.size;
  response.writeHead(200, headers);
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  const source = createReadStream(encoding?.file ?? file).on('error', () => response.destroy());
  if (encoding && !encoding.file) source.pipe(createGzip({ level: 6 })).pipe(response);
  else source.pipe(response);
}

// How to send `file`: { name: "br" | "gzip", file?, size? } (file: a precompressed copy;
// none: gzip on the fly) or null (as it is). Follows the request's Accept-Encoding.
async function pickEncoding(file, type, acceptEncoding) {
  if (!compressibleTypes.test(type)) return null;
  const accepts = (name) => new RegExp(`(^|[\\s,])${name}(?!;q=0(\\.0*)?(\\s|,|$))([\\s,;]|$)`).test(acceptEncoding);
  for (const [name, suffix] of [
    ['br', '.br'],
    ['gzip', '.gz'],
  ]) {
    if (!accepts(name)) continue;
    const info = await stat(file + suffix).catch(() => null);
    if (info?.isFile()) return { name, file: file + suffix, size: info.size };
  }
  return accepts('gzip') ? { name: 'gzip' } : null;
}

/**
 * Starts the server; resolves to { url, port, close() } once it listens (url names `host`). `port` 0 picks a
 * free port. Listens on the loopback interface only. `site`: serve build/site/ (else the raw
 * layout); `isolate` (default true): send the cross-origin isolation headers.
 */
export function startServer({ port = 8000, host = '127.0.0.1', site = false, isolate = true } = {}) {
  const server = createServer((request, response) => {
    handle(request, response, { site, isolate }).catch((error) => {
      console.error(`dev-server: ${request.url}: ${error.stack ?? error}`);
      if (!response.headersSent) response.writeHead(500).end();
      else response.destroy();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const actualPort = server.address().port;
      resolve({
        port: actualPort,
        url: `http://${host}:${actualPort}/`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`dev-server: bad PORT ${JSON.stringify(process.env.PORT)}`);
    process.exit(2);
  }
  try {
    const site = process.argv.includes('--site');
    const isolate = !process.argv.includes('--no-isolation');
    const server = await startServer({ port, site, isolate, host: process.env.HOST ?? '127.0.0.1' });
    const what = site ? 'build/site' : 'web/ + build/wasm';
    const isolation = isolate ? 'cross-origin isolated' : 'not isolated';
    console.log(`Glasspy: http://localhost:${server.port}/  (${what}, ${isolation}; Ctrl-C stops it)`);
  } catch (error) {
    console.error(
      error.code === 'EADDRINUSE' ? `dev-server: port ${port} is in use (try PORT=8001)` : `dev-server: ${error.message}`,
    );
    process.exit(1);
  }
}
