// Writes NAME.br and NAME.gz beside each compressible file of the built site (build/site/),
// so that web/dev-server.mjs (and any static server that knows precompressed files) sends
// them with Content-Encoding instead of compressing on every request. scripts/build-site
// runs it after Vite.
//   node web/precompress.mjs [DIR]
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const kCompressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg', '.txt', '.py', '.map']);
const kMinBytes = 1024; // smaller files gain less than the header costs

export async function precompress(dir) {
  let written = 0;
  let before = 0;
  let after = 0;
  for (const file of await filesUnder(dir)) {
    if (!kCompressible.has(path.extname(file).toLowerCase())) continue;
    const data = await readFile(file);
    if (data.length < kMinBytes) continue;
    const br = brotliCompressSync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    });
    const gz = gzipSync(data, { level: 9 });
    // Kept only where they help (an already compressed file would grow).
    if (br.length < data.length) await writeFile(`${file}.br`, br);
    if (gz.length < data.length) await writeFile(`${file}.gz`, gz);
    written++;
    before += data.length;
    after += Math.min(br.length, data.length);
  }
  return { files: written, bytes: before, brotliBytes: after };
}

async function filesUnder(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(full)));
    else if (entry.isFile() && !/\.(br|gz)$/.test(entry.name)) out.push(full);
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'build', 'site'));
  if (!(await stat(dir).catch(() => null))?.isDirectory()) {
    console.error(`precompress: ${dir} is not a folder (run scripts/build-site)`);
    process.exit(1);
  }
  const { files, bytes, brotliBytes } = await precompress(dir);
  const kb = (n) => `${Math.round(n / 1024)} KB`;
  console.log(`precompress: ${files} files, ${kb(bytes)} -> ${kb(brotliBytes)} with brotli (.br and .gz written)`);
}
