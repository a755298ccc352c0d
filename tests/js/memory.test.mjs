// Interpreters given back: creating and deleting 200 of them (bare, and after a run that
// imports modules and leaves cycles) must not grow the C++ heap (malloc's in-use bytes,
// heapInUse()) beyond a small bound. A VM used to keep ~13 KB each: the sys module's cycles.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { loadGlasspy } from '../../js/glasspy.mjs';
import { canRunPrograms, loadBuiltModule, wasmDir } from './helpers/engine.mjs';

const skip = (await canRunPrograms()) ? false : 'this wasm build cannot run programs (front-end only)';
const kCount = 200;
const kBoundBytes = 64 * 1024; // all 200 together (one leaked VM was ~13 KB)

describe('interpreters created and deleted', { skip }, () => {
  test(`${kCount} bare interpreters leave the heap as it was`, async () => {
    const { native } = await loadBuiltModule();
    assert.equal(typeof native.heapInUse, 'function');
    const cycle = () => new native.Interpreter().delete();
    for (let i = 0; i < 5; i++) cycle(); // first-use allocations (static tables) settle
    const before = native.heapInUse();
    for (let i = 0; i < kCount; i++) cycle();
    const grown = native.heapInUse() - before;
    assert.ok(grown <= kBoundBytes, `the heap grew ${grown} bytes (${grown / kCount} per interpreter)`);
  });

  test(`${kCount} interpreters that ran programs (imports, cycles, an error) are given back too`, async () => {
    const py = await loadGlasspy({ baseUrl: wasmDir, stdout: () => {}, stderr: () => {} });
    const native = py.module.native;
    const source = [
      'import sys, collections, itertools',
      'class Node:',
      '    def __init__(self): self.me = self',
      'nodes = [Node() for _ in range(50)]',
      'd = collections.OrderedDict(a=1)',
      'raise ValueError("bye")',
      '',
    ].join('\n');
    const cycle = () => {
      const other = py.createInterpreter({ stdout: () => {}, stderr: () => {} });
      other.run(source);
      other.dispose();
    };
    for (let i = 0; i < 5; i++) cycle();
    const before = native.heapInUse();
    for (let i = 0; i < kCount; i++) cycle();
    const grown = native.heapInUse() - before;
    assert.ok(grown <= kBoundBytes, `the heap grew ${grown} bytes (${grown / kCount} per interpreter)`);
  });
});
