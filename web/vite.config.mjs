// Builds the playground (web/) into build/site/: bundles the page with CodeMirror and the
// JavaScript API (js/), copies the engine (build/wasm/glasspy.{js,wasm}) to engine/, and
// writes sw.js with the list of the build's files and a version hashed from their contents.
//   npx vite build --config web/vite.config.mjs      (scripts/serve does this)
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { createLogger, defineConfig } from 'vite';

const webDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.dirname(webDir);
const wasmDir = path.join(repoRoot, 'build', 'wasm');
const kEngineFiles = ['glasspy.js', 'glasspy.wasm'];

// Adds engine/ and sw.js to the bundle.
function playgroundAssets() {
  return {
    name: 'glasspy-playground-assets',
    enforce: 'post', // after Vite's HTML plugin has emitted the page
    generateBundle(_options, bundle) {
      // The page's source is web/playground.html (web/index.html is the token page the dev
      // server shows); the site serves it as its index.
      const page = bundle['playground.html'];
      if (page) {
        delete bundle['playground.html'];
        page.fileName = 'index.html';
        bundle['index.html'] = page;
      }
      // The Node branch of js/worker.mjs names worker-runtime.mjs as an asset; browsers use
      // the bundled worker chunk, so the raw copy is left out.
      for (const name of Object.keys(bundle)) if (/^assets\/worker-runtime-.*\.mjs$/.test(name)) delete bundle[name];
      for (const file of kEngineFiles) {
        const source = path.join(wasmDir, file);
        if (!existsSync(source)) this.error(`${source} is missing: run scripts/build-wasm first`);
        this.emitFile({ type: 'asset', fileName: `engine/${file}`, source: readFileSync(source) });
      }
      const hash = createHash('sha256');
      const files = Object.keys(bundle).filter((name) => !name.endsWith('.map')).sort();
      for (const name of files) {
        const item = bundle[name];
        hash.update(name).update(item.type === 'chunk' ? item.code : item.source);
      }
      const build = {
        version: hash.digest('hex').slice(0, 12),
        files: ['./', ...files.filter((name) => name !== 'index.html').map((name) => `./${name}`)],
      };
      const template = readFileSync(path.join(webDir, 'sw.js'), 'utf8');
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: template.replace('const BUILD = __BUILD__;', `const BUILD = ${JSON.stringify(build)};`) });
    },
  };
}

// Warnings that are expected here and say nothing actionable: js/ serves Node too, so it
// names node:worker_threads (never loaded in a browser) and build/wasm/ (its default engine
// folder; the page passes its own).
const kExpectedWarnings = [/Module "node:[a-z_]+" has been externalized/, /new URL\('\.\.\/build\/wasm\/', import\.meta\.url\)/];
const logger = createLogger('warn');
for (const method of ['warn', 'warnOnce']) {
  const original = logger[method].bind(logger);
  logger[method] = (message, options) => {
    if (!kExpectedWarnings.some((pattern) => pattern.test(message))) original(message, options);
  };
}

function filterWarnings(warning, warn) {
  if (!kExpectedWarnings.some((pattern) => pattern.test(warning.message))) warn(warning);
}

export default defineConfig({
  customLogger: logger,
  root: webDir,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: path.join(repoRoot, 'build', 'site'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 1024,
    rollupOptions: {
      input: { index: path.join(webDir, 'playground.html') },
      onwarn: filterWarnings,
    },
  },
  worker: { format: 'es', rollupOptions: { onwarn: filterWarnings } },
  server: { fs: { allow: [repoRoot] } },
  plugins: [playgroundAssets()],
});
