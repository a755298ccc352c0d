// Token dumps through the wasm module match CPython 3.11's tokenize byte for byte. The
// expected files in fixtures/ come from python3 itself (fixtures/regenerate.sh says how:
// e.g. assign.tokenize.txt is `python3 -m tokenize main.py` with main.py holding "x = 1\n").
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { loadBuiltEngine, loadBuiltModule, readFixture } from './helpers/engine.mjs';

const fixtures = ['assign', 'unicode', 'function', 'unterminated'];

let interpreter;
before(async () => {
  interpreter = await loadBuiltEngine();
});
after(() => interpreter?.dispose());

test('x = 1 through Embind prints what python3 -m tokenize prints', async () => {
  const { native } = await loadBuiltModule();
  const embind = new native.Interpreter();
  try {
    assert.equal(embind.tokens('x = 1\n'), await readFixture('assign.tokenize.txt'));
  } finally {
    embind.delete();
  }
});

for (const name of fixtures) {
  describe(`${name}.py`, () => {
    test('python3 -m tokenize', async () => {
      const source = await readFixture(`${name}.py`);
      const dump = interpreter.tokenDump(source);
      const err = await readFixture(`${name}.tokenize.err`);
      assert.equal(dump.out, await readFixture(`${name}.tokenize.txt`));
      assert.equal(dump.err, err);
      assert.equal(dump.exitStatus, err === '' ? 0 : 1);
      assert.equal(interpreter.native.tokens(source), dump.out);
    });

    test('python3 -m tokenize -e', async () => {
      const source = await readFixture(`${name}.py`);
      assert.equal(interpreter.tokenDump(source, { exact: true }).out, await readFixture(`${name}.tokenize-e.txt`));
    });

    test('tokenize.tokenize() as data: tokens()', async () => {
      const source = await readFixture(`${name}.py`);
      const expected = JSON.parse(await readFixture(`${name}.tokens.json`));
      assert.deepEqual(interpreter.tokens(source), expected);
      assert.deepEqual(interpreter.tokenize(source), expected); // the old name
    });
  });
}
