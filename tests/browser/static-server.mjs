// A static server for the browser tests (and bench/startup) that load the JavaScript
// package itself: serves js/, build/wasm/, tests/browser/pages/ and bench/startup/ at their
// repository paths, with or without the headers that make a page cross-origin isolated (so
// both input() modes can be tested).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const servedFolders = ['js/', 'build/wasm/', 'tests/browser/pages/', 'bench/startup/'];
const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
};

/**
 * Starts the server on a free loopback port: { url, close() }. `isolated`: send COOP/COEP
 * (crossOriginIsolated, SharedArrayBuffer); `wasmDir`: a folder served as build/wasm/.
 */
export function startStaticServer({ isolated, wasmDir } = {}) {
  const isolation = isolated
    ? { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' }
    : {};
  const server = createServer(async (request, response) => {
    const relative = path.posix.normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).slice(1);
    let file = null;
    if (!relative.includes('..') && servedFolders.some((folder) => relative.startsWith(folder))) {
      file = relative.startsWith('build/wasm/') && wasmDir
        ? path.join(wasmDir, relative.slice('build/wasm/'.length))
        : path.join(repoRoot, relative);
    }
    const info = file && (await stat(file).catch(() => null));
    if (!info?.isFile()) {
      response.writeHead(404, isolation).end();
      return;
    }
    response.writeHead(200, {
      ...isolation,
      'Content-Type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
      'Content-Length': info.size,
      'Cache-Control': 'no-cache',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      resolve({
        url: `http://127.0.0.1:${server.address().port}/`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
