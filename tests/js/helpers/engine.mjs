// Shared by the Node tests: where the wasm build is and how to load it.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

import { loadGlasspy, loadGlasspyModule } from '../../../js/glasspy.mjs';

export const repoRoot = new URL('../../../', import.meta.url);
export const wasmDir = new URL('build/wasm/', repoRoot);
export const fixturesDir = new URL('../fixtures/', import.meta.url);

function checkBuilt() {
  if (!existsSync(new URL('glasspy.wasm', wasmDir)) || !existsSync(new URL('glasspy.js', wasmDir))) {
    throw new Error('build/wasm/glasspy.{js,wasm} missing: run `npm run build:wasm` (scripts/build-wasm)');
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
