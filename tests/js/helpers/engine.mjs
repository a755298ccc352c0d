// Shared by the Node tests: where the wasm build is and how to load it.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

import { loadGlasspy, loadGlasspyModule } from '../../../js/glasspy.mjs';

export const repoRoot = new URL('../../../', import.meta.url);
// GLASSPY_WASM_DIR (a folder path) tests another build than build/wasm.
export const wasmDir = process.env.GLASSPY_WASM_DIR
  ? pathToFileURL(`${process.env.GLASSPY_WASM_DIR.replace(/\/$/, '')}/`)
  : new URL('build/wasm/', repoRoot);
export const fixturesDir = new URL('../fixtures/', import.meta.url);

function checkBuilt() {
  if (!existsSync(new URL('glasspy.wasm', wasmDir)) || !existsSync(new URL('glasspy.js', wasmDir))) {
    throw new Error(`${wasmDir.pathname}glasspy.{js,wasm} missing: run \`npm run build:wasm\` (scripts/build-wasm)`);
  }
}

// A new interpreter of the engine in build/wasm (shared by all), with a clear message when
// it has not been built. `options`: loadGlasspy's (stdout, stderr, input).
export async function loadBuiltEngine(options = {}) {
  checkBuilt();
  return loadGlasspy({ ...options, baseUrl: wasmDir });
}

// The Embind module of build/wasm: { native, memory, baseUrl }.
export async function loadBuiltModule() {
  checkBuilt();
  return loadGlasspyModule({ baseUrl: wasmDir });
}

// True if build/wasm runs programs (the front-end-only build has no Interpreter.start).
export async function canRunPrograms() {
  const { native } = await loadBuiltModule();
  return typeof native.Interpreter.prototype.start === 'function';
}

export function readFixture(name) {
  return readFile(new URL(name, fixturesDir), 'utf8');
}

// The version the engine's facade declares (engine/glasspy.h, kVersion).
export async function declaredVersion() {
  const header = await readFile(new URL('engine/glasspy.h', repoRoot), 'utf8');
  const match = header.match(/kVersion\s*=\s*"([^"]+)"/);
  if (!match) throw new Error('kVersion not found in engine/glasspy.h');
  return match[1];
}

export async function readJsonFixture(name) {
  return JSON.parse(await readFixture(name));
}

// Collects what a program writes: { stdout, stderr, chunks: [{ stream, text, at }] }.
export function outputRecorder() {
  const record = { stdout: '', stderr: '', chunks: [] };
  record.sink = (stream) => (text) => {
    record[stream] += text;
    record.chunks.push({ stream, text, at: performance.now() });
  };
  return record;
}

// A program that prints, works for about a second, then prints again.
export const kSlowProgram = [
  'import time',
  'print("first", flush=True)',
  'end = time.monotonic() + 1.0',
  'n = 0',
  'while time.monotonic() < end:',
  '    n += 1',
  'print("last")',
  '',
].join('\n');
