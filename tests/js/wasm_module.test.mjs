// Plumbing of the wasm module in Node: it loads through js/glasspy.mjs, its Embind
// classes work, and several interpreters coexist in one instance.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { loadGlasspy } from '../../js/glasspy.mjs';
import { declaredVersion, loadBuiltEngine, loadBuiltModule, wasmDir } from './helpers/engine.mjs';

test('the module loads and reports the engine version', async () => {
  const glasspy = await loadBuiltEngine();
  const version = await declaredVersion();
  assert.equal(glasspy.version, version);
  assert.equal(glasspy.module.native.version(), version);
  const interpreter = glasspy.createInterpreter();
  assert.equal(interpreter.version, version);
  interpreter.dispose();
  glasspy.dispose();
});

test('loading twice from one folder shares the wasm instance, not the interpreter', async () => {
  const first = await loadBuiltEngine();
  const again = await loadGlasspy({ baseUrl: wasmDir.href });
  assert.notEqual(again, first);
  assert.equal(again.module, first.module);
  assert.ok(first.module.memory instanceof WebAssembly.Memory);
  first.dispose();
  again.dispose();
});

test('the default folder is build/wasm beside js/', { skip: process.env.GLASSPY_WASM_DIR ? 'GLASSPY_WASM_DIR is set' : false }, async () => {
  const py = await loadGlasspy();
  assert.equal(py.module, await loadBuiltModule());
  py.dispose();
});

test('two Embind interpreters are distinct and outlive each other', async () => {
  const { native } = await loadBuiltModule();
  const a = new native.Interpreter();
  const b = new native.Interpreter();
  try {
    assert.equal(a.isAliasOf(b), false);
    assert.equal(typeof a.tokens('x = 1\n'), 'string');
    a.delete();
    assert.equal(a.isDeleted(), true);
    assert.equal(b.isDeleted(), false);
    const dump = b.tokenDump('y = 2\n', false, 'main.py');
    assert.deepEqual(Object.keys(dump).sort(), ['err', 'exitStatus', 'out']);
    assert.equal(typeof dump.out, 'string');
    assert.equal(typeof dump.err, 'string');
    assert.equal(typeof dump.exitStatus, 'number');
    assert.ok(Array.isArray(JSON.parse(b.tokensJson('y = 2\n'))));
  } finally {
    if (!a.isDeleted()) a.delete();
    b.delete();
  }
});

test('wrapped interpreters: dispose frees one, the other keeps working', async () => {
  const glasspy = await loadBuiltEngine();
  const a = glasspy.createInterpreter();
  const b = glasspy.createInterpreter();
  assert.notEqual(a, b);
  a.dispose();
  assert.equal(a.disposed, true);
  assert.throws(() => a.tokens('x\n'), /after dispose/);
  a.dispose(); // a second dispose is harmless
  assert.ok(Array.isArray(b.tokenize('x\n')));
  assert.equal(typeof b.tokenDump('x\n', { exact: true }).out, 'string');
  b.dispose();
});

test('a missing build is reported, not hung on', async () => {
  const empty = new URL('tests/js/fixtures/', new URL('../../', import.meta.url));
  await assert.rejects(loadGlasspy({ baseUrl: empty }), /glasspy\.(js|wasm)|ENOENT|Cannot find module/);
});
